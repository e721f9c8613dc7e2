// The interface language: the system's, English or Khmer. The app switches at once, without a
// restart, and the choice is kept for the next start.
import { useId, useState } from 'react';
import type { InterfaceLanguage } from '../../../shared/publication';
import { api, messageOf } from '../../api/client';
import { loadInterfaceFaces } from '../../i18n/interface-faces';
import { setInterfaceLocale } from '../../i18n/intl';
import { useT } from '../../i18n/intl-root';
import { isInterfaceLocale, resolveInterfaceLocale } from '../../i18n/locale';

/** Each language in its own words, so a reader finds theirs whatever the interface speaks. */
const OWN_NAMES: Record<InterfaceLanguage, string> = { en: 'English', km: 'ខ្មែរ' };
const SYSTEM = 'system';

export function InterfaceLanguageChoice({ initial }: { initial: InterfaceLanguage | null }) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [problem, setProblem] = useState('');

  const choose = async (value: string) => {
    const next = isInterfaceLocale(value) ? value : null;
    const before = chosen;
    setChosen(next);
    setProblem('');
    const locale = resolveInterfaceLocale(next, navigator.languages);
    await loadInterfaceFaces(locale);
    setInterfaceLocale(locale);
    try {
      await api.updatePreferences({ interfaceLanguage: next });
    } catch (error) {
      // Not kept for the next start: say so, and go back to the language that is.
      setChosen(before);
      setInterfaceLocale(resolveInterfaceLocale(before, navigator.languages));
      setProblem(messageOf(error));
    }
  };

  return (
    <div className="interface-language">
      <label htmlFor={id}>{t('settings.interfaceLanguage')}</label>
      <select
        id={id}
        value={chosen ?? SYSTEM}
        onChange={(event) => void choose(event.target.value)}
      >
        <option value={SYSTEM}>{t('settings.languageSystem')}</option>
        {(Object.keys(OWN_NAMES) as InterfaceLanguage[]).map((language) => (
          <option key={language} value={language} lang={language}>
            {OWN_NAMES[language]}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className="settings-message">
          {t('settings.languageNotKept', { reason: problem })}
        </p>
      )}
    </div>
  );
}
