// The interface's current language, for components (through IntlRoot) and for code outside
// React (notices raised by the store), so both always speak the same language.
import { createIntl, createIntlCache, type IntlShape } from 'react-intl';
import { catalogs } from './catalogs';
import type { InterfaceLocale } from './locale';

/** What a message needs: its id in the catalogs and the values its placeholders take. */
export type MessageValues = Record<string, string | number | Date | null | undefined>;

const cache = createIntlCache();
const listeners = new Set<() => void>();

function build(locale: InterfaceLocale): IntlShape {
  return createIntl(
    {
      locale,
      // Khmer's region makes dates and numbers follow Cambodia's conventions.
      messages: catalogs[locale],
      defaultLocale: 'en',
      onError: (error) => {
        // A missing Khmer message falls back to English; a missing English one is a bug the
        // catalog tests catch, so neither needs to interrupt the user.
        if (error.code !== 'MISSING_TRANSLATION') console.warn(error.message);
      },
    },
    cache,
  );
}

let current = build('en');

export function currentIntl(): IntlShape {
  return current;
}

export function setInterfaceLocale(locale: InterfaceLocale): void {
  if (current.locale === locale) return;
  current = build(locale);
  for (const listener of listeners) listener();
}

export function onInterfaceLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A message in the current language, for code that runs outside a component. */
export function t(id: string, values?: MessageValues): string {
  return current.formatMessage({ id }, values);
}
