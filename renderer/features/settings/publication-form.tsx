// The publication's details that export writes into every page: name, site, default author,
// dateline style and time zone.
import { useState, type FormEvent } from 'react';
import { PublicationSchema, type Publication } from '../../../shared/publication';
import { api, messageOf } from '../../api/client';

const TIME_ZONES = [
  'Asia/Phnom_Penh',
  'Asia/Bangkok',
  'Asia/Ho_Chi_Minh',
  'Asia/Singapore',
  'UTC',
  'Europe/London',
  'America/New_York',
];

export function PublicationForm({ initial }: { initial: Publication }) {
  const [value, setValue] = useState(initial);
  const [message, setMessage] = useState('');
  const set = (change: Partial<Publication>) => setValue({ ...value, ...change });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = PublicationSchema.safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setMessage(`Not saved: ${issue?.path.join('.')}: ${issue?.message}.`);
      return;
    }
    try {
      const saved = await api.updatePreferences({ publication: checked.data });
      setValue(saved.publication);
      setMessage('Publication details saved.');
    } catch (error) {
      setMessage(`Could not save: ${messageOf(error)}`);
    }
  };

  const zones = TIME_ZONES.includes(value.timeZone) ? TIME_ZONES : [value.timeZone, ...TIME_ZONES];
  return (
    <form className="publication-form" onSubmit={(event) => void submit(event)}>
      <label>
        Publication name
        <input value={value.name} onChange={(event) => set({ name: event.target.value })} />
      </label>
      <label>
        Site address
        <input
          value={value.siteUrl}
          placeholder="https://news.example.org/"
          inputMode="url"
          onChange={(event) => set({ siteUrl: event.target.value })}
        />
      </label>
      <label>
        Default author
        <input
          value={value.defaultAuthor}
          onChange={(event) => set({ defaultAuthor: event.target.value })}
        />
      </label>
      <label>
        Dateline style
        <select
          value={value.datelineStyle}
          onChange={(event) =>
            set({ datelineStyle: event.target.value as Publication['datelineStyle'] })
          }
        >
          <option value="plain">Phnom Penh: (as published on the site)</option>
          <option value="agency">PHNOM PENH, Nov. 25 — (agency style)</option>
        </select>
      </label>
      <label>
        Time zone
        <select value={value.timeZone} onChange={(event) => set({ timeZone: event.target.value })}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Save publication details</button>
      <p className="settings-message" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
