// A message kept as its id and values rather than as words, so text that stays on screen (a notice,
// a save state) is worded again in the new language when the interface switches.
import type { IntlShape } from 'react-intl';

export type MessageValue = string | number | Date | Message | null | undefined;

export interface Message {
  id: string;
  values?: Record<string, MessageValue>;
}

export function message(id: string, values?: Record<string, MessageValue>): Message {
  return values ? { id, values } : { id };
}

function isMessage(value: MessageValue): value is Message {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** The message in `intl`'s language; values that are messages themselves are worded first. */
export function formatMessageOf(intl: IntlShape, { id, values }: Message): string {
  if (!values) return intl.formatMessage({ id });
  const worded = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isMessage(value) ? formatMessageOf(intl, value) : value,
    ]),
  );
  return intl.formatMessage({ id }, worded);
}
