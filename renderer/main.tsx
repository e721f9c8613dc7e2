import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/700.css';
import './styles/base.css';
import './styles/common.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { api } from './api/client';
import { loadInterfaceFaces } from './i18n/interface-faces';
import { IntlRoot } from './i18n/intl-root';
import { setInterfaceLocale } from './i18n/intl';
import { resolveInterfaceLocale } from './i18n/locale';
import { setPublicationDates } from './lib/publication-dates';
import { setTheme } from './lib/theme';

const root = document.getElementById('root');
if (!root) throw new Error('Dateline’s page is missing its #root element.');

// The system's appearance until the one chosen in Settings is read.
setTheme(null);

/** The language chosen in Settings, or the system's when none was chosen (the first run). */
async function chooseInterfaceLanguage(): Promise<void> {
  const chosen = await api.getPreferences({}).then(
    (preferences) => {
      setPublicationDates(preferences.publication);
      setTheme(preferences.theme);
      return preferences.interfaceLanguage;
    },
    () => null,
  );
  const locale = resolveInterfaceLocale(chosen, navigator.languages);
  await loadInterfaceFaces(locale);
  setInterfaceLocale(locale);
}

// The first screen appears in the chosen language, without a flash of the other one.
void chooseInterfaceLanguage().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <IntlRoot>
        <App />
      </IntlRoot>
    </StrictMode>,
  );
});
