// The publication's details that export writes into every page: name, site, default author,
// dateline style, time zone and how Khmer articles write their dates.
import { useState, type FormEvent } from 'react';
import { dateOptions, formatDate } from '../../../shared/dates';
import { PublicationSchema, type Publication } from '../../../shared/publication';
import { api, messageOf } from '../../api/client';
import { setPublicationDates } from '../../lib/publication-dates';
import { useT } from '../../i18n/intl-root';
import { SpellingChoices } from '../spelling/spelling-choices';
import { AuthorList } from './author-list';
import { setSpellingPreferences } from '../spelling/spelling-preferences';

/** The time zones offered, each with its catalog id; another zone already set shows as it is. */
const ZONE_WORDS: Record<string, string> = {
  'Asia/Phnom_Penh': 'settings.zonePhnomPenh',
  'Asia/Bangkok': 'settings.zoneBangkok',
  'Asia/Ho_Chi_Minh': 'settings.zoneHoChiMinh',
  'Asia/Singapore': 'settings.zoneSingapore',
  UTC: 'settings.zoneUtc',
  'Europe/London': 'settings.zoneLondon',
  'America/New_York': 'settings.zoneNewYork',
};
const TIME_ZONES = Object.keys(ZONE_WORDS);

/** An address shaped like a publication's, as a hint; not words. */
const SITE_EXAMPLE = 'https://news.example.org/';

export function PublicationForm({ initial }: { initial: Publication }) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const [message, setMessage] = useState('');
  const set = (change: Partial<Publication>) => setValue({ ...value, ...change });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = PublicationSchema.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setMessage(
        t('settings.publicationInvalid', { field: issue?.path.join('.'), reason: issue?.message }),
      );
      return;
    }
    try {
      const saved = await api.updatePreferences({ publication: checked.data });
      setValue(saved.publication);
      setPublicationDates(saved.publication);
      setSpellingPreferences(saved.publication);
      setMessage(t('settings.publicationSaved'));
    } catch (error) {
      setMessage(t('settings.publicationFailed', { reason: messageOf(error) }));
    }
  };

  const zoneName = (zone: string) => {
    const id = ZONE_WORDS[zone];
    return id ? t(id) : zone.replace(/_/g, ' ');
  };
  const khmerExample = (khmerDateStyle: 'full' | 'short') =>
    formatDate(new Date(), dateOptions({ ...value, khmerDateStyle }, 'km'));
  const zones = TIME_ZONES.includes(value.timeZone) ? TIME_ZONES : [value.timeZone, ...TIME_ZONES];
  return (
    <form className="publication-form" onSubmit={(event) => void submit(event)}>
      <label>
        {t('settings.publicationName')}
        <input value={value.name} onChange={(event) => set({ name: event.target.value })} />
      </label>
      <label>
        {t('settings.siteAddress')}
        <input
          value={value.siteUrl}
          placeholder={SITE_EXAMPLE}
          inputMode="url"
          onChange={(event) => set({ siteUrl: event.target.value })}
        />
      </label>
      <label>
        {t('settings.defaultAuthor')}
        <input
          value={value.defaultAuthor}
          onChange={(event) => set({ defaultAuthor: event.target.value })}
        />
      </label>
      <label>
        {t('settings.datelineStyle')}
        <select
          value={value.datelineStyle}
          onChange={(event) =>
            set({ datelineStyle: event.target.value as Publication['datelineStyle'] })
          }
        >
          <option value="plain">{t('settings.datelinePlain')}</option>
          <option value="agency">{t('settings.datelineAgency')}</option>
        </select>
      </label>
      <label>
        {t('settings.timeZone')}
        <select value={value.timeZone} onChange={(event) => set({ timeZone: event.target.value })}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zoneName(zone)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.khmerDateStyle')}
        <select
          value={value.khmerDateStyle ?? 'full'}
          onChange={(event) =>
            set({ khmerDateStyle: event.target.value as Publication['khmerDateStyle'] })
          }
        >
          <option value="full">
            {t('settings.khmerDateFull', { example: khmerExample('full') })}
          </option>
          <option value="short">
            {t('settings.khmerDateShort', { example: khmerExample('short') })}
          </option>
        </select>
      </label>
      <label className="publication-check">
        <input
          type="checkbox"
          checked={value.khmerDigits ?? true}
          onChange={(event) => set({ khmerDigits: event.target.checked })}
        />
        {t('settings.khmerDigits')}
      </label>
      <SpellingChoices value={value} onChange={set} />
      <AuthorList value={value.authors ?? []} onChange={(authors) => set({ authors })} />
      <button type="submit">{t('settings.savePublication')}</button>
      <p className="settings-message" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
