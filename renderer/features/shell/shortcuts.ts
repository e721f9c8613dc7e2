// The keyboard shortcuts of the whole app. In the desktop app the menu owns New, Import, Export and
// Save; in a browser, where there is no such menu, the page answers them itself. Chromium keeps
// Ctrl+N (a new window) for itself and never hands it to a page, so a browser's new article is
// Alt+Shift+N as well.
import { useEffect } from 'react';
import { requestImport } from '../import/request-import';
import { flushActiveDocument, useAppStore } from '../../store';

export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
/** Ctrl, or Cmd on a Mac, as a shortcut list writes it. */
export const MOD = isMac ? '⌘' : 'Ctrl+';
/** What a browser's new article is, since the browser keeps Ctrl/Cmd+N. */
export const BROWSER_NEW_ARTICLE = isMac ? '⌥⇧N' : 'Alt+Shift+N';

export type ShortcutCommand =
  'new-article' | 'import' | 'export' | 'save' | 'history' | 'library' | 'shortcuts';

/** Whether the desktop menu answers these keys (so the page must not do it twice). */
const hasMenu = () => window.dateline !== undefined;

export function commandOf(event: KeyboardEvent): ShortcutCommand | undefined {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const key = event.key.toLowerCase();
  if (!mod && event.altKey && event.shiftKey && event.code === 'KeyN' && !hasMenu()) {
    return 'new-article';
  }
  if (!mod || event.altKey) return undefined;
  if (event.shiftKey) {
    if (key === 'h') return 'history';
    if (key === 'l') return 'library';
    return key === '?' || key === '/' ? 'shortcuts' : undefined;
  }
  if (key === '/') return 'shortcuts';
  if (hasMenu()) return undefined;
  return ({ n: 'new-article', o: 'import', e: 'export', s: 'save' } as const)[key];
}

export function runCommand(command: ShortcutCommand, showList: () => void): void {
  const store = useAppStore.getState();
  if (command === 'new-article') void store.newArticle();
  else if (command === 'import') requestImport();
  else if (command === 'export' || command === 'history') store.openInEditor(command);
  else if (command === 'save') void flushActiveDocument();
  else if (command === 'library') void store.navigate({ name: 'library' });
  else showList();
}

export function useAppShortcuts(showList: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandOf(event);
      if (!command) return;
      event.preventDefault();
      runCommand(command, showList);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [showList]);
}
