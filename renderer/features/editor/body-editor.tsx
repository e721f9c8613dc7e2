// The one component that owns the TipTap editor. It never re-renders on a transaction; the
// toolbar and the counts watch the editor themselves.
import type { Extensions } from '@tiptap/core';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { memo, useEffect, useRef, useState } from 'react';
import type { ArticleBody } from '../../../shared/article';
import { articleExtensions } from '../../../shared/schema/extensions';
import { withoutUndoRedo } from '../desk/collaboration';
import { useT } from '../../i18n/intl-root';
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

function bodyAttributes(language: string): Record<string, string> {
  return {
    class: 'body-editor',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': 'body-label',
    lang: language,
    spellcheck: 'true',
  };
}

export const BodyEditor = memo(function BodyEditor(props: BodyEditorProps) {
  const { initial, language, onReady, onChange, onPasteText, collaboration } = props;
  const [linkDialog, setLinkDialog] = useState<{ initial: string } | undefined>();
  const t = useT();
  // The editor is created once; the latest callback is read through a ref.
  const pasteText = useRef(onPasteText);
  useEffect(() => {
    pasteText.current = onPasteText;
  }, [onPasteText]);

  const editor = useEditor({
    extensions: [
      ...withEditorPhotos(
        collaboration
          ? [...withoutUndoRedo(articleExtensions()), ...collaboration]
          : articleExtensions(),
      ),
      LinkShortcut.configure({ onOpenLinkDialog: () => openLinkDialog() }),
      OfficePaste,
    ],
    content: collaboration ? undefined : initial,
    // The CSP forbids inline styles; the editor's CSS is in styles.css.
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    editorProps: {
      attributes: bodyAttributes(language),
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
    setLinkDialog({ initial: typeof href === 'string' ? href : '' });
  }

  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  // The language sets the editor's lang, which picks the Khmer font and the spellchecker's language.
  useEffect(() => {
    if (editor && editor.view.dom.getAttribute('lang') !== language) {
      editor.setOptions({
        editorProps: { ...editor.options.editorProps, attributes: bodyAttributes(language) },
      });
    }
  }, [editor, language]);

  if (!editor) return null;

  const applyLink = (url: string) => {
    const chain = editor.chain().focus().extendMarkRange('link');
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
    <div className="body-field">
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
          onApply={applyLink}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkDialog(undefined);
          }}
          onClose={() => {
            setLinkDialog(undefined);
            editor.commands.focus();
          }}
        />
      )}
      <EditorContent editor={editor} className="body-content" />
    </div>
  );
});
