// Words, characters and reading time of the body, counted after typing pauses rather than on
// every keystroke, and the save state as a live region.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { countText, type TextCounts } from '../../../shared/text/counts';
import { formatCount } from '../../lib/format';
import { useObservable, type Observable } from '../../lib/observable';
import { describeSaveState } from '../../lib/save-state-text';
import type { SaveState } from '../../lib/save-queue';

const COUNT_DELAY_MS = 300;

function bodyText(editor: Editor): string {
  const { doc } = editor.state;
  return doc.textBetween(0, doc.content.size, '\n', '\n');
}

function useBodyCounts(editor: Editor | undefined, language: string): TextCounts | undefined {
  const [counts, setCounts] = useState<TextCounts>();
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => setCounts(countText(bodyText(editor), language));
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(recount, COUNT_DELAY_MS);
    };
    recount();
    editor.on('update', schedule);
    return () => {
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
  const state = useObservable(saveState);
  return (
    <footer className="status-bar">
      <span className="counts" aria-label="Body counts">
        {counts && (
          <>
            <span>{formatCount(counts.words, 'word')}</span>
            <span>{formatCount(counts.characters, 'character')}</span>
            <span>{counts.readingMinutes} min read</span>
          </>
        )}
      </span>
      <span role="status" aria-live="polite" className={`save-state save-${state.kind}`}>
        {describeSaveState(state, 'article')}
      </span>
    </footer>
  );
}
