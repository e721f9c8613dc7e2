// The TipTap extensions that bind the body to a desk article's Yjs document and show the other
// people's carets. Carets and selections are coloured by class, as the page's CSP allows no
// inline style attributes.
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type { Extensions } from '@tiptap/core';
import { ARTICLE_BODY_ROOT } from '../../../shared/desk/article-doc';
import type { DeskPresence } from './desk-people';
import type { DeskArticleSession } from './use-desk-article';

export function collaborationExtensions({ doc, provider, me }: DeskArticleSession): Extensions {
  return [
    Collaboration.configure({ document: doc, field: ARTICLE_BODY_ROOT }),
    CollaborationCaret.configure({
      provider,
      user: me,
      render: (user) => {
        const { name, colour } = user as DeskPresence;
        const caret = document.createElement('span');
        caret.className = `desk-caret desk-colour-${colour}`;
        const label = document.createElement('span');
        label.className = 'desk-caret-label';
        label.textContent = name;
        caret.append(label);
        return caret;
      },
      selectionRender: (user) => ({
        class: `desk-selection desk-colour-${(user as DeskPresence).colour}`,
      }),
    }),
  ];
}

/** The article's extensions without undo and redo: the Yjs binding brings its own. */
export function withoutUndoRedo(extensions: Extensions): Extensions {
  return extensions.map((extension) =>
    extension.name === 'starterKit'
      ? extension.configure({ ...extension.options, undoRedo: false })
      : extension,
  );
}
