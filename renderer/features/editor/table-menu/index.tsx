// The toolbar's table menu: insert a table, add and delete rows and columns, turn the header row
// and header column on and off, set the caption and delete the table. A menu button with arrow
// keys between its items, as WAI-ARIA's menu button pattern describes; the cell commands and
// Tab between cells are TipTap's.
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n/intl-root';
import { editorChain, focusEditor } from '../editor-chain';
import { CaptionDialog } from './caption-dialog';
import { readTableState } from './table-state';

interface Item {
  id: string;
  label: string;
  keys?: string;
  /** The same keys as ARIA names them. */
  shortcut?: string;
  checked?: boolean;
  disabled: boolean;
  run: () => void;
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
/** A sign, not a word: the item's state is told by aria-checked. */
const CHECK_MARK = '✓';

export function TableMenu({ editor }: { editor: Editor }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [caption, setCaption] = useState<string | undefined>();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const state = useEditorState({ editor, selector: ({ editor: e }) => readTableState(e) });
  const chain = () => editorChain(editor);
  const out = !state.inTable;

  const items: Item[] = [
    {
      id: 'insert',
      label: t('editor.table.insert'),
      keys: isMac ? '⌘⌥T' : 'Ctrl+Alt+T',
      shortcut: isMac ? 'Meta+Alt+T' : 'Control+Alt+T',
      disabled: !state.canInsert,
      run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    {
      id: 'row-above',
      label: t('editor.table.row-above'),
      disabled: out,
      run: () => chain().addRowBefore().run(),
    },
    {
      id: 'row-below',
      label: t('editor.table.row-below'),
      disabled: out,
      run: () => chain().addRowAfter().run(),
    },
    {
      id: 'delete-row',
      label: t('editor.table.delete-row'),
      disabled: out,
      run: () => chain().deleteRow().run(),
    },
    {
      id: 'column-left',
      label: t('editor.table.column-left'),
      disabled: out,
      run: () => chain().addColumnBefore().run(),
    },
    {
      id: 'column-right',
      label: t('editor.table.column-right'),
      disabled: out,
      run: () => chain().addColumnAfter().run(),
    },
    {
      id: 'delete-column',
      label: t('editor.table.delete-column'),
      disabled: out,
      run: () => chain().deleteColumn().run(),
    },
    {
      id: 'header-row',
      label: t('editor.table.header-row'),
      checked: state.headerRow,
      disabled: out,
      run: () => chain().toggleHeaderRow().run(),
    },
    {
      id: 'header-column',
      label: t('editor.table.header-column'),
      checked: state.headerColumn,
      disabled: out,
      run: () => chain().toggleHeaderColumn().run(),
    },
    {
      id: 'caption',
      label: t('editor.table.caption'),
      disabled: out,
      run: () => setCaption(state.caption),
    },
    {
      id: 'delete',
      label: t('editor.table.delete'),
      disabled: out,
      run: () => chain().deleteTable().run(),
    },
  ];

  // The first item that can be used takes the focus when the menu opens.
  useEffect(() => {
    if (open)
      menu.current?.querySelector<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)')?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ??
        []),
    ];
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      list[(at + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? list[0] : list.at(-1))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="table-menu">
      <button
        ref={button}
        type="button"
        className={`toolbar-button ${state.inTable ? 'is-active' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="table-menu-items"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        {t('editor.table.menu')}
      </button>
      {open && (
        <div
          id="table-menu-items"
          ref={menu}
          role="menu"
          aria-label={t('editor.table.menu')}
          className="table-menu-items"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!menu.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-keyshortcuts={item.shortcut}
              disabled={item.disabled}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => {
                setOpen(false);
                item.run();
              }}
            >
              <span className="table-menu-check" aria-hidden="true">
                {item.checked ? CHECK_MARK : ''}
              </span>
              <span>{item.label}</span>
              {item.keys && <kbd aria-hidden="true">{item.keys}</kbd>}
            </button>
          ))}
        </div>
      )}
      {caption !== undefined && (
        <CaptionDialog
          initial={caption}
          onApply={(value) => {
            setCaption(undefined);
            chain().setTableCaption(value).run();
          }}
          onClose={() => {
            setCaption(undefined);
            focusEditor(editor);
          }}
        />
      )}
    </div>
  );
}
