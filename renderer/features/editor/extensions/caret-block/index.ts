// Marks the body block the caret is in, so it is always laid out. The body's paragraphs out of
// sight are left unlaid-out (content-visibility in editor.css), and Chrome, typing at once into
// a paragraph it had not laid out yet (one just made with Enter), put the first letter last.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const CARET_BLOCK_CLASS = 'caret-block';

export const CaretBlock = Extension.create({
  name: 'caretBlock',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretBlock'),
        props: {
          decorations: ({ doc, selection }) => {
            const { $head } = selection;
            // Between blocks (a gap cursor) or around the whole body, no block holds the caret.
            if ($head.depth < 1) return null;
            const from = $head.before(1);
            const to = from + doc.child($head.index(0)).nodeSize;
            return DecorationSet.create(doc, [
              Decoration.node(from, to, { class: CARET_BLOCK_CLASS }),
            ]);
          },
        },
      }),
    ];
  },
});
