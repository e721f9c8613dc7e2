// Settings' editor for the newsroom's words: the list as text, one word a line, saved to the
// library's words.txt.
import { useEffect, useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { useObservable } from '../../lib/observable';
import { loadNewsroomWords, newsroomWords, saveNewsroomWords } from './newsroom-words';
import './spelling.css';

const WORDS_FILE = 'words.txt';

export function NewsroomWordsSettings() {
  const t = useT();
  const words = useObservable(newsroomWords);
  const [draft, setDraft] = useState<string>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    void loadNewsroomWords();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const kept = await saveNewsroomWords((draft ?? '').split('\n'));
      setDraft(undefined);
      setMessage(t('spelling.words.saved', { count: kept.length }));
    } catch (error) {
      setMessage(t('spelling.words.failed', { reason: messageOf(error) }));
    }
  };

  return (
    <section className="settings-section" aria-labelledby="newsroom-words-heading">
      <h2 id="newsroom-words-heading">{t('spelling.words')}</h2>
      <p className="settings-hint">{t('spelling.words.hint', { file: WORDS_FILE })}</p>
      <form className="newsroom-words-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('spelling.words.label')}
          <textarea
            name="newsroom-words"
            rows={8}
            spellCheck={false}
            value={draft ?? words.join('\n')}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit">{t('spelling.words.save')}</button>
        <p className="settings-message" aria-live="polite">
          {message}
        </p>
      </form>
    </section>
  );
}
