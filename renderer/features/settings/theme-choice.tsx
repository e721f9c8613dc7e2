// The interface's appearance: as the system, light or dark. It changes at once and is kept for
// the next start.
import { useId, useState } from 'react';
import { ThemeSchema, type Theme } from '../../../shared/publication';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { setTheme } from '../../lib/theme';

const SYSTEM = 'system';
const THEMES: Theme[] = ['light', 'dark'];

export function ThemeChoice({ initial }: { initial: Theme | null }) {
  const t = useT();
  const id = useId();
  const [chosen, setChosen] = useState(initial);
  const [problem, setProblem] = useState('');

  const choose = async (value: string) => {
    const parsed = ThemeSchema.safeParse(value);
    const next = parsed.success ? parsed.data : null;
    const before = chosen;
    setChosen(next);
    setProblem('');
    setTheme(next);
    try {
      await api.updatePreferences({ theme: next });
    } catch (error) {
      setChosen(before);
      setTheme(before);
      setProblem(messageOf(error));
    }
  };

  return (
    <div className="interface-language">
      <label htmlFor={id}>{t('writing.theme')}</label>
      <select
        id={id}
        value={chosen ?? SYSTEM}
        onChange={(event) => void choose(event.target.value)}
      >
        <option value={SYSTEM}>{t('writing.theme.system')}</option>
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`writing.theme.${theme}`)}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className="settings-message">
          {t('writing.theme.not-kept', { reason: problem })}
        </p>
      )}
    </div>
  );
}
