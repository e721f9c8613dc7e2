// The desk's settings: the list of sections articles are filed under, and where the library is.
import { useEffect, useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api/client';
import type { Publication } from '../../../shared/publication';
import { useAppStore } from '../../store';
import { PublicationForm } from './publication-form';
import './settings.css';

export function SettingsView() {
  const info = useAppStore((state) => state.info);
  const [sections, setSections] = useState<string[]>();
  const [publication, setPublication] = useState<Publication>();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.getPreferences({}).then(
      (preferences) => {
        setSections(preferences.sections);
        setPublication(preferences.publication);
      },
      (error) => setMessage(messageOf(error)),
    );
  }, []);

  const save = async (next: string[]) => {
    try {
      const preferences = await api.updatePreferences({ sections: next });
      setSections(preferences.sections);
      setMessage('Sections saved.');
    } catch (error) {
      setMessage(`Could not save the sections: ${messageOf(error)}`);
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name || !sections) return;
    if (sections.some((section) => section.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      setMessage(`“${name}” is already a section.`);
      return;
    }
    setDraft('');
    void save([...sections, name]);
  };

  const move = (index: number, by: number) => {
    if (!sections) return;
    const next = [...sections];
    const [moved] = next.splice(index, 1);
    if (moved === undefined) return;
    next.splice(index + by, 0, moved);
    void save(next);
  };

  return (
    <div className="library-screen settings-screen">
      <header className="screen-header">
        <h1>Settings</h1>
      </header>
      <section className="settings-section" aria-labelledby="publication-heading">
        <h2 id="publication-heading">Publication</h2>
        <p className="settings-hint">Written into every exported page.</p>
        {publication && <PublicationForm initial={publication} />}
      </section>
      <section className="settings-section" aria-labelledby="sections-heading">
        <h2 id="sections-heading">Sections</h2>
        <p className="settings-hint">
          The sections an article can be filed under. Removing one here leaves the articles already
          filed under it as they are.
        </p>
        <ul className="sections-list" aria-label="Sections">
          {sections?.map((section, index) => (
            <li key={section}>
              <span>{section}</span>
              <button
                type="button"
                aria-label={`Move ${section} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${section} down`}
                disabled={index === sections.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove section ${section}`}
                onClick={() => void save(sections.filter((other) => other !== section))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form className="sections-add" onSubmit={add}>
          <label htmlFor="new-section">New section</label>
          <input
            id="new-section"
            value={draft}
            maxLength={100}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">Add section</button>
        </form>
        <p aria-live="polite" className="settings-message">
          {message}
        </p>
      </section>
      <section className="settings-section" aria-labelledby="library-heading">
        <h2 id="library-heading">Library folder</h2>
        <p className="settings-path">{info?.libraryPath}</p>
        <p className="settings-hint">
          {info?.host === 'electron'
            ? 'To use another folder, choose File › Open Library Folder…'
            : 'To use another folder, start Dateline with --library and the folder’s path.'}
        </p>
      </section>
    </div>
  );
}
