// Why an edition left an article out, in the interface's language: the reason's sentence from
// the errors catalog, filled from its values, with the checklist's problems worded as the
// checklist words them. A reason the catalogs do not know keeps the back end's English words.
import type { IntlShape } from 'react-intl';
import type { EditionSkip } from '../../../shared/api/contract';
import type { MessageValues } from '../../i18n/intl';
import { issueText } from '../preflight/issue-text';

export function leftOutReason(skip: Pick<EditionSkip, 'reason' | 'wording'>, intl: IntlShape) {
  const { reason, values, problems } = skip.wording;
  const id = `errors.${reason}`;
  if (!Object.hasOwn(intl.messages, id)) return skip.reason;
  const translate = (message: string, filled?: MessageValues) =>
    intl.formatMessage({ id: message }, filled);
  const worded: MessageValues = { ...values };
  if (problems) worded.problems = problems.map((issue) => issueText(issue, translate)).join(' ');
  return translate(id, worded);
}
