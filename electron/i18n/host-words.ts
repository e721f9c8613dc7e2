// The desktop host's words (its menu and native dialogs) in the interface's language: the one
// chosen in Settings, else the system's. Messages are ICU, like the page's catalogs.
import { IntlMessageFormat } from 'intl-messageformat';
import { resolveInterfaceLocale, type InterfaceLocale } from '../../shared/interface-locale';
import en from './en.json';
import km from './km.json';

export type HostMessageId = keyof typeof en;
export type HostWords = (id: HostMessageId, values?: Record<string, string | number>) => string;

export const HOST_CATALOGS: Record<InterfaceLocale, Record<string, string>> = { en, km };

const formats = new Map<string, IntlMessageFormat>();

function format(locale: InterfaceLocale, id: HostMessageId): IntlMessageFormat {
  const key = `${locale}|${id}`;
  let found = formats.get(key);
  if (!found) {
    // A message missing from one language falls back to English; the catalog test refuses that.
    found = new IntlMessageFormat(HOST_CATALOGS[locale][id] ?? en[id], locale);
    formats.set(key, found);
  }
  return found;
}

export function hostWords(locale: InterfaceLocale): HostWords {
  return (id, values) => String(format(locale, id).format(values));
}

/** The host's language: the Settings choice, else the system's (Electron's app.getLocale()). */
export function hostLocale(
  chosen: InterfaceLocale | null | undefined,
  systemLocale: string,
): InterfaceLocale {
  return resolveInterfaceLocale(chosen, [systemLocale]);
}
