// The desk's settings: the interface language, the publication, the list of sections articles are
// filed under, and where the library is.
import { useEffect, useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api/client';
import type { InterfaceLanguage, Publication, Theme } from '../../../shared/publication';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { InterfaceLanguageChoice } from './interface-language';
import { ThemeChoice } from './theme-choice';
import { DeskSettings } from '../desk/desk-settings';
import { PublicationForm } from './publication-form';
import { NewsroomWordsSettings } from '../spelling/newsroom-words-settings';
import { YourName } from './your-name';
import './settings.css';

const UP = '↑';
const DOWN = '↓';

export function SettingsView() {
  const t = useT();
  const info = useAppStore((state) => state.info);
  const [sections, setSections] = useState<string[]>();
  const [publication, setPublication] = useState<Publication>();
  const [language, setLanguage] = useState<InterfaceLanguage | null>();
  const [theme, setTheme] = useState<Theme | null>();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.getPreferences({}).then(
      (preferences) => {
        setSections(preferences.sections);
        setPublication(preferences.publication);
        setLanguage(preferences.interfaceLanguage);
        setTheme(preferences.theme);
      },
      (error) => setMessage(messageOf(error)),
    );
  }, []);

  const save = async (next: string[]) => {
    try {
      const preferences = await api.updatePreferences({ sections: next });
      setSections(preferences.sections);
      setMessage(t('settings.sectionsSaved'));
    } catch (error) {
      setMessage(t('settings.sectionsFailed', { reason: messageOf(error) }));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = draft.trim();
    if (!name || !sections) return;
    if (sections.some((section) => section.toLocaleLowerCase() === name.toLocaleLowerCase())) {
      setMessage(t('settings.sectionExists', { name }));
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
        <h1>{t('settings.title')}</h1>
      </header>
      {language !== undefined && (
        <section className="settings-section" aria-label={t('settings.interfaceLanguage')}>
          <InterfaceLanguageChoice initial={language} />
        </section>
      )}
      {theme !== undefined && (
        <section className="settings-section" aria-label={t('writing.theme')}>
          <ThemeChoice initial={theme} />
        </section>
      )}
      <YourName />
      <section className="settings-section" aria-labelledby="publication-heading">
        <h2 id="publication-heading">{t('settings.publication')}</h2>
        <p className="settings-hint">{t('settings.publicationHint')}</p>
        {publication && <PublicationForm initial={publication} />}
      </section>
      <section className="settings-section" aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t('settings.sections')}</h2>
        <p className="settings-hint">{t('settings.sectionsHint')}</p>
        <ul className="sections-list" aria-label={t('settings.sections')}>
          {sections?.map((section, index) => (
            <li key={section}>
              <span>{section}</span>
              <button
                type="button"
                aria-label={t('settings.moveUp', { section })}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {UP}
              </button>
              <button
                type="button"
                aria-label={t('settings.moveDown', { section })}
                disabled={index === sections.length - 1}
                onClick={() => move(index, 1)}
              >
                {DOWN}
              </button>
              <button
                type="button"
                aria-label={t('settings.remove', { section })}
                onClick={() => void save(sections.filter((other) => other !== section))}
              >
                {t('settings.removeButton')}
              </button>
            </li>
          ))}
        </ul>
        <form className="sections-add" onSubmit={add}>
          <label htmlFor="new-section">{t('settings.newSection')}</label>
          <input
            id="new-section"
            value={draft}
            maxLength={100}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit">{t('settings.addSection')}</button>
        </form>
        <p aria-live="polite" className="settings-message">
          {message}
        </p>
      </section>
      <NewsroomWordsSettings />
      <DeskSettings />
      <section className="settings-section" aria-labelledby="library-heading">
        <h2 id="library-heading">{t('settings.libraryFolder')}</h2>
        <p className="settings-path">{info?.libraryPath}</p>
        <p className="settings-hint">
          {info?.host === 'electron'
            ? t('settings.libraryFolderDesktop')
            : t('settings.libraryFolderWeb', { option: '--library' })}
        </p>
      </section>
    </div>
  );
}
