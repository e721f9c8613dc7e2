// Ties an open editor to its spelling session: looks again when the dictionary changes, and shows
// the menu for an underlined word, replacing it with the suggestion picked.
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { editorChain, focusEditor } from '../editor/editor-chain';
import { recheckSpelling } from './spelling-extension';
import { SpellingMenu } from './spelling-menu';
import type { SpellingSession } from './use-spelling';

export function SpellingLayer({ editor, spelling }: { editor: Editor; spelling: SpellingSession }) {
  const { checker, target, closeMenu } = spelling;
  useEffect(() => {
    if (!editor.isDestroyed) recheckSpelling(editor.view);
  }, [editor, checker]);

  if (!target || !checker) return null;
  const close = () => {
    closeMenu();
    focusEditor(editor);
  };
  return (
    <SpellingMenu
      target={target}
      checker={checker}
      onClose={close}
      onReplace={(suggestion) => {
        const { from, to, word } = target;
        // Replaced only while the word is still there; its bold or link stays on it.
        if (editor.state.doc.textBetween(from, to) === word) {
          editorChain(editor)
            .command(({ tr }) => {
              tr.insertText(suggestion, from, to);
              return true;
            })
            .run();
        }
        closeMenu();
      }}
    />
  );
}
