// A chain of editor commands that starts by giving the text the focus at once. TipTap's own focus
// command waits for the next frame when the focus is elsewhere (a menu item, a dialog's button),
// so a key pressed straight after the click would land where the focus was and be lost.
import type { Editor } from '@tiptap/react';

export function editorChain(editor: Editor) {
  if (!editor.isDestroyed && !editor.view.hasFocus()) editor.view.focus();
  return editor.chain().focus();
}

/** Hands the focus back to the text, at once, where a menu or dialog closes without a change. */
export function focusEditor(editor: Editor): void {
  editorChain(editor).run();
}
