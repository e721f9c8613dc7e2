// The menu on a right-click over an underlined word: the dictionary's suggestions, "Add to the
// newsroom's words" and "Ignore". Arrow keys move through it; Escape closes it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { addNewsroomWord } from './newsroom-words';
import type { SpellChecker } from './spell-client';
import type { MisspeltWord } from './spelling-extension';
import './spelling.css';

interface SpellingMenuProps {
  target: MisspeltWord;
  checker: SpellChecker;
  onReplace: (suggestion: string) => void;
  onClose: () => void;
}

export function SpellingMenu({ target, checker, onReplace, onClose }: SpellingMenuProps) {
  const t = useT();
  const menu = useRef<HTMLDivElement>(null);
  const [suggestions, setSuggestions] = useState<string[]>();

  useEffect(() => {
    let current = true;
    void checker.suggest(target.word).then((found) => current && setSuggestions(found));
    return () => {
      current = false;
    };
  }, [checker, target.word]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [suggestions]);

  useEffect(() => {
    const away = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const add = async () => {
    onClose();
    try {
      await addNewsroomWord(target.word);
      useAppStore.getState().notify({
        tone: 'info',
        message: { id: 'spelling.added', values: { word: target.word } },
      });
    } catch (error) {
      useAppStore.getState().notify({
        tone: 'error',
        message: {
          id: 'spelling.add-failed',
          values: { word: target.word, reason: messageOf(error) },
        },
      });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      items[(at + move + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div
      ref={menu}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: target.word })}
      style={{ left: target.x, top: target.y + 4 }}
      onKeyDown={onKeyDown}
    >
      {suggestions === undefined && <p className="spelling-menu-note">{t('spelling.looking')}</p>}
      {suggestions?.length === 0 && <p className="spelling-menu-note">{t('spelling.none')}</p>}
      {suggestions?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="spelling-suggestion"
          onClick={() => onReplace(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <hr />
      <button type="button" role="menuitem" tabIndex={-1} onClick={() => void add()}>
        {t('spelling.add')}
      </button>
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        onClick={() => {
          checker.ignore(target.word);
          onClose();
        }}
      >
        {t('spelling.ignore')}
      </button>
    </div>
  );
}
