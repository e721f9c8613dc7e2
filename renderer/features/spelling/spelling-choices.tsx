// The publication's spelling settings, inside its form: check as you type, and US or UK English.
import type { Publication } from '../../../shared/publication';
import { useT } from '../../i18n/intl-root';

interface SpellingChoicesProps {
  value: Pick<Publication, 'checkSpelling' | 'englishSpelling'>;
  onChange: (change: Partial<Publication>) => void;
}

export function SpellingChoices({ value, onChange }: SpellingChoicesProps) {
  const t = useT();
  return (
    <>
      <label className="publication-check">
        <input
          type="checkbox"
          checked={value.checkSpelling ?? true}
          onChange={(event) => onChange({ checkSpelling: event.target.checked })}
        />
        {t('spelling.check')}
      </label>
      <label>
        {t('spelling.english')}
        <select
          value={value.englishSpelling ?? 'us'}
          onChange={(event) =>
            onChange({ englishSpelling: event.target.value as Publication['englishSpelling'] })
          }
        >
          <option value="us">{t('spelling.english.us')}</option>
          <option value="uk">{t('spelling.english.uk')}</option>
        </select>
      </label>
    </>
  );
}
