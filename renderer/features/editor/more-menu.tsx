// The header's "More" menu: the actions there is no room for beside the text. Which of them it
// holds follows the header's width (editor.css moves each action in and out by its level).
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/intl-root';

const OPEN_MARK = '▾';

export interface MoreAction {
  label: string;
  run: () => void;
  /** 1: in the menu below the first width, 2: only below the second, narrower one. */
  level: 1 | 2;
  pressed?: boolean;
  danger?: boolean;
}

const visibleItems = (menu: HTMLElement | null): HTMLElement[] =>
  [...(menu?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter(
    (item) => item.offsetParent !== null,
  );

export function MoreMenu({ actions }: { actions: MoreAction[] }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    visibleItems(menu.current)[0]?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = visibleItems(menu.current);
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Tab') setOpen(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };

  return (
    <div className="more-menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={t('writing.more.label')}
        onClick={() => setOpen(!open)}
      >
        {t('writing.more')} <span aria-hidden="true">{OPEN_MARK}</span>
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" className="more-menu-items" onKeyDown={onKeyDown}>
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role={action.pressed === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={action.pressed}
              tabIndex={-1}
              className={`more-item-${action.level} ${action.danger ? 'danger' : ''}`}
              onClick={() => {
                close();
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
