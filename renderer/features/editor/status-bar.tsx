// Words, characters and reading time of the body, counted after typing pauses rather than on
// every keystroke, and the save state as a live region. Text that needs the dictionary segmenter
// (Khmer) is counted by the back end, whose segmenter the library list and exports use too;
// space-separated text is counted here by the same function.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { ArticleBody } from '../../../shared/article';
import { countedText } from '../../../shared/text/body-counts';
import { countText, needsDictionary, type TextCounts } from '../../../shared/text/counts';
import { api } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { useObservable, type Observable } from '../../lib/observable';
import { describeSaveState } from '../../lib/save-state-text';
import type { SaveState } from '../../lib/save-queue';

const COUNT_DELAY_MS = 300;

function useBodyCounts(editor: Editor | undefined, language: string): TextCounts | undefined {
  const [counts, setCounts] = useState<TextCounts>();
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let latest = 0;
    const recount = () => {
      const text = countedText(editor.getJSON() as ArticleBody);
      const asked = ++latest;
      if (!needsDictionary(text)) {
        setCounts(countText(text, language));
        return;
      }
      // An answer to text typed over since is dropped; without the back end, the local count.
      api.countText({ text, language }).then(
        (answer) => asked === latest && setCounts(answer),
        () => asked === latest && setCounts(countText(text, language)),
      );
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recount, COUNT_DELAY_MS);
    };
    recount();
    editor.on('update', schedule);
    return () => {
      latest += 1;
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor, language]);
  return counts;
}

interface StatusBarProps {
  editor: Editor | undefined;
  language: string;
  saveState: Observable<SaveState>;
}

export function StatusBar({ editor, language, saveState }: StatusBarProps) {
  const counts = useBodyCounts(editor, language);
  const t = useT();
  const state = useObservable(saveState);
  return (
    <footer className="status-bar">
      <span className="counts" aria-label={t('editor.counts')}>
        {counts && (
          <>
            <span>{t('common.words', { count: counts.words })}</span>
            <span>{t('editor.counts.characters', { count: counts.characters })}</span>
            <span>{t('editor.counts.reading', { minutes: counts.readingMinutes })}</span>
          </>
        )}
      </span>
      <span role="status" aria-live="polite" className={`save-state save-${state.kind}`}>
        {describeSaveState(state, 'article', t)}
      </span>
    </footer>
  );
}
