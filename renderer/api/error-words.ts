// A back-end error in the interface's language. Its reason names the exact sentence
// (`errors.<reason>`, worded from the error's figures); without one, English readers get the
// back end's own sentence, which is English and names the detail, and other languages the
// sentence for its code (`errors.<code>`). A code the catalogs do not know keeps the back end's words.
import type { IntlShape } from 'react-intl';
import type { ApiErrorCode, ApiErrorValues } from '../../shared/api/errors';
import { currentIntl } from '../i18n/intl';

interface WordedError {
  code: ApiErrorCode;
  message: string;
  reason?: string;
  values?: ApiErrorValues;
}

/** `intl` is the interface's current one unless a component passes its own. */
export function wordError(error: WordedError, intl: IntlShape = currentIntl()): string {
  const known = (id: string) => Object.hasOwn(intl.messages, id);
  if (error.reason && known(`errors.${error.reason}`)) {
    return intl.formatMessage({ id: `errors.${error.reason}` }, error.values);
  }
  if (intl.locale === 'en' || !known(`errors.${error.code}`)) return error.message;
  return intl.formatMessage({ id: `errors.${error.code}` }, error.values);
}
