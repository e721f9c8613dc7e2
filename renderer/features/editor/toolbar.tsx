// The body's formatting toolbar. Reads editor state through a selector, so typing does not
// re-render it unless a button's state actually changes.
import { useEditorState, type Editor } from '@tiptap/react';
import { useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/intl-root';
import { useRovingFocus } from '../../lib/roving-focus';
import { editorChain } from './editor-chain';
import { TableMenu } from './table-menu';

const linkIcon = (
  <svg
    viewBox="0 0 24 24"
    width="16"
    height="16"
    fill="none"
    stroke="currentColor"
    strokeWidth="2.2"
    strokeLinecap="round"
  >
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
    <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  </svg>
);

interface ToolbarProps {
  editor: Editor;
  onLink: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
/** The toolbar's own buttons and its menus' buttons, not the items inside an open menu. */
const TOOLBAR_BUTTONS = ':scope > button, :scope > * > button';
const mod = isMac ? '⌘' : 'Ctrl+';

export function Toolbar({ editor, onLink }: ToolbarProps) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      quote: e.isActive('blockquote'),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editorChain(editor);
  // One Tab stop: the arrow keys move along the buttons.
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = useRovingFocus(group, TOOLBAR_BUTTONS, 'horizontal');

  const buttons: {
    label: string;
    text: ReactNode;
    keys: string;
    active?: boolean;
    disabled?: boolean;
    run: () => void;
  }[] = [
    {
      label: t('editor.tool.bold'),
      text: 'B',
      keys: `${mod}B`,
      active: state.bold,
      run: () => chain().toggleBold().run(),
    },
    {
      label: t('editor.tool.italic'),
      text: 'I',
      keys: `${mod}I`,
      active: state.italic,
      run: () => chain().toggleItalic().run(),
    },
    {
      label: t('editor.tool.link'),
      text: linkIcon,
      keys: `${mod}K`,
      active: state.link,
      run: onLink,
    },
    {
      label: t('editor.tool.heading2'),
      text: 'H2',
      keys: `${mod}Alt+2`,
      active: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: t('editor.tool.heading3'),
      text: 'H3',
      keys: `${mod}Alt+3`,
      active: state.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      label: t('editor.tool.quote'),
      text: '❝',
      keys: `${mod}Shift+B`,
      active: state.quote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      label: t('editor.tool.bullets'),
      text: '•',
      keys: `${mod}Shift+8`,
      active: state.bullets,
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: t('editor.tool.numbers'),
      text: '1.',
      keys: `${mod}Shift+7`,
      active: state.numbers,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: t('editor.tool.undo'),
      text: '↶',
      keys: `${mod}Z`,
      disabled: !state.canUndo,
      run: () => chain().undo().run(),
    },
    {
      label: t('editor.tool.redo'),
      text: '↷',
      keys: isMac ? '⌘Shift+Z' : 'Ctrl+Y',
      disabled: !state.canRedo,
      run: () => chain().redo().run(),
    },
  ];

  return (
    <div
      ref={group}
      className="toolbar"
      role="toolbar"
      aria-label={t('editor.toolbar')}
      onKeyDown={onKeyDown}
    >
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          // A button showing letters (H2) says them in its name too, as speech input calls it.
          aria-label={
            typeof button.text === 'string' && button.text.length > 1
              ? [button.text, button.label].join(' ')
              : button.label
          }
          title={t('editor.tool.title', { label: button.label, keys: button.keys })}
          aria-pressed={button.active === undefined ? undefined : button.active}
          disabled={button.disabled}
          // Keep the selection in the editor when a button is clicked.
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
          className={`toolbar-button ${button.active ? 'is-active' : ''}`}
        >
          <span aria-hidden="true">{button.text}</span>
        </button>
      ))}
      <TableMenu editor={editor} />
    </div>
  );
}
