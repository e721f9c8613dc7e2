// A checklist problem in the interface's language: its code names the sentence in the preflight
// catalog, its values fill it. An untitled related link is called untitled in that language.
import type { PreflightIssue } from '../../../shared/preflight/types';
import { t, type MessageValues } from '../../i18n/intl';

type Translate = (id: string, values?: MessageValues) => string;

export function issueText(
  issue: Pick<PreflightIssue, 'code' | 'values'>,
  translate: Translate = t,
) {
  const values: MessageValues = { ...issue.values };
  if ('title' in values && !values.title) values.title = translate('preflight.untitled-link');
  // The photo rules are worded with the rest of the photos' words.
  const catalog = issue.code.startsWith('photo-') ? 'photos' : 'preflight';
  return translate(`${catalog}.${issue.code}`, values);
}
