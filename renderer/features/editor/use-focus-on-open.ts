// Where the writing starts when an article opens: in the body, at its start; in the headline for
// a new article, which has none yet (the headline field takes the focus itself).
import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';

export function useFocusOnOpen(editor: Editor | undefined, isNew: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!editor || done.current) return;
    done.current = true;
    if (isNew) return;
    // Not when the writer is already somewhere (a panel that opened with the article).
    const active = document.activeElement;
    if (active && active !== document.body) return;
    editor.commands.focus('start', { scrollIntoView: false });
  }, [editor, isNew]);
}
