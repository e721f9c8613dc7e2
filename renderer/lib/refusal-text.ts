// Why a typed link or title was refused, in the interface's language: shared checks name the
// problem (`links.<problem>`) and its figures, and keep an English sentence for logs and tests.
import type { MessageValues } from '../i18n/intl';

type Translate = (id: string, values?: MessageValues) => string;

export function refusalText(t: Translate, refusal: { problem: string; values?: MessageValues }) {
  return t(`links.${refusal.problem}`, refusal.values);
}
