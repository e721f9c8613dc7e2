// The one component that owns the TipTap editor. It never re-renders on a transaction; the
// toolbar and the counts watch the editor themselves.
import type { Extensions } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Selection } from '@tiptap/extensions';
import { memo, useEffect, useRef, useState } from 'react';
import type { ArticleBody } from '../../../shared/article';
import { articleExtensions } from '../../../shared/schema/extensions';
import { withoutUndoRedo } from '../desk/collaboration';
import { useT } from '../../i18n/intl-root';
import { SpellingLayer } from '../spelling/spelling-layer';
import { useSpelling } from '../spelling/use-spelling';
import { editorChain, focusEditor } from './editor-chain';
import { ArticleTypography } from './extensions/article-typography';
import { LinkShortcut } from './extensions/link-shortcut';
import { OfficePaste } from './extensions/office-paste';
import { LinkDialog } from './link-dialog';
import type { PastedClipboard } from './page-paste';
import { Toolbar } from './toolbar';
import { BodyPhotoControls } from '../photos/body-photo-controls';
import { withEditorPhotos } from '../photos/figure-view';

interface BodyEditorProps {
  initial: ArticleBody;
  language: string;
  onReady: (editor: Editor) => void;
  onChange: () => void;
  /** Offered a paste's text and HTML first; returns true when it took the paste over. */
  onPasteText?: (clipboard: PastedClipboard) => boolean;
  /** A desk article: these bind the body to its shared document, which then holds the text. */
  collaboration?: Extensions;
}

/** The browser's own spellchecker is off where Dateline's runs, so nothing is marked twice. */
function bodyAttributes(language: string, datelineChecks: boolean): Record<string, string> {
  return {
    class: 'body-editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': 'body-label',
    lang: language,
    spellcheck: datelineChecks ? 'false' : 'true',
  };
}

export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps) {
  const { initial, language, onReady, onChange, onPasteText, collaboration } = props;
  const [linkDialog, setLinkDialog] = useState<
    { initial: string; at: { top: number; left: number } } | undefined
  >();
  const field = useRef<HTMLDivElement>(null);
  const t = useT();
  const spelling = useSpelling(language);
  const datelineChecks = spelling.variant !== null;
  // The editor is created once; the latest callback and language are read through refs.
  const pasteText = useRef(onPasteText);
  const languageNow = useRef(language);
  useEffect(() => {
    pasteText.current = onPasteText;
    languageNow.current = language;
  }, [onPasteText, language]);

  const editor = useEditor({
    extensions: [
      ...withEditorPhotos(
        collaboration
          ? [...withoutUndoRedo(articleExtensions()), ...collaboration]
          : articleExtensions(),
      ),
      LinkShortcut.configure({ onOpenLinkDialog: () => openLinkDialog() }),
      OfficePaste,
      // Keeps the selection shown while the link field has the focus.
      Selection,
      ArticleTypography.configure({ language: () => languageNow.current }),
      spelling.extension,
    ],
    content: collaboration ? undefined : initial,
    // The CSP forbids inline styles; the editor's CSS is in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: {
      attributes: bodyAttributes(language, datelineChecks),
      handlePaste: (_view, event) => {
        const text = event.clipboardData?.getData('text/plain');
        const html = event.clipboardData?.getData('text/html') ?? '';
        return Boolean(text && pasteText.current?.({ text, html }));
      },
    },
    onUpdate: () => onChange(),
  });

  function openLinkDialog() {
    const href = editor?.getAttributes('link').href;
    setLinkDialog({
      initial: typeof href === 'string' ? href : '',
      at: editor ? linkFieldPlace(editor, field.current) : { top: 0, left: 0 },
    });
  }

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  // The language sets the editor's lang, which picks the Khmer font and the spellchecker's language.
  useEffect(() => {
    const attributes = bodyAttributes(language, datelineChecks);
    const dom = editor?.view.dom;
    if (
      editor &&
      (dom?.getAttribute('lang') !== attributes.lang ||
        dom?.getAttribute('spellcheck') !== attributes.spellcheck)
    ) {
      editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes } });
    }
  }, [editor, language, datelineChecks]);

  if (!editor) return null;

  const applyLink = (url: string) => {
    const chain = editorChain(editor).extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] })
        .run();
    } else {
      chain.setLink({ href: url }).run();
    }
    setLinkDialog(undefined);
  };

  return (
    <div className="body-field" ref={field}>
      <div className="field-head">
        <span id="body-label" className="label">
          {t('editor.body')}
        </span>
      </div>
      <Toolbar editor={editor} onLink={openLinkDialog} />
      <BodyPhotoControls editor={editor} />
      {linkDialog && (
        <LinkDialog
          initial={linkDialog.initial}
          at={linkDialog.at}
          onApply={applyLink}
          onRemove={() => {
            editorChain(editor).extendMarkRange('link').unsetLink().run();
            setLinkDialog(undefined);
          }}
          onClose={() => {
            setLinkDialog(undefined);
            focusEditor(editor);
          }}
        />
      )}
      <EditorContent editor={editor} className="body-content" />
      <SpellingLayer editor={editor} spelling={spelling} />
    </div>
  );
});

/** Just under the selection's end, inside the body's column: where the link field opens. */
function linkFieldPlace(editor: Editor, field: HTMLElement | null): { top: number; left: number } {
  if (!field) return { top: 0, left: 0 };
  const box = field.getBoundingClientRect();
  const end = editor.view.coordsAtPos(editor.state.selection.to);
  const start = editor.view.coordsAtPos(editor.state.selection.from);
  // A selection over two lines starts the field at the column's edge rather than past it.
  const left = start.top === end.top ? start.left : box.left;
  return {
    top: end.bottom - box.top + 6,
    left: Math.max(0, Math.min(left - box.left, box.width - LINK_FIELD_WIDTH)),
  };
}

/** The link field's width in pixels, as editor.css draws it. */
const LINK_FIELD_WIDTH = 448;
