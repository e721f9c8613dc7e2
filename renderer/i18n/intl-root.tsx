// Gives every component the current language and re-renders the app when it changes.
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { RawIntlProvider, useIntl } from 'react-intl';
import { currentIntl, onInterfaceLocaleChange, type MessageValues } from './intl';

export function IntlRoot({ children }: { children: ReactNode }) {
  const intl = useSyncExternalStore(onInterfaceLocaleChange, currentIntl);
  useEffect(() => {
    // Screen readers and the Khmer font follow the page's language.
    document.documentElement.lang = intl.locale;
  }, [intl.locale]);
  return <RawIntlProvider value={intl}>{children}</RawIntlProvider>;
}

/** `t(id, values)` in the current language, for components. */
export function useT(): (id: string, values?: MessageValues) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
