// The page refuses to unload while it holds text it could not save (a full disk, a change made
// elsewhere the writer has not settled). Electron would then keep the window open without a word;
// instead the writer is asked, and Stay is the default.
import { dialog, type BrowserWindow } from 'electron';
import type { HostWords } from './i18n/host-words';

export const STAY = 0;
export const CLOSE_ANYWAY = 1;

/** `words` is asked each time, so the dialog speaks the language chosen since the window opened. */
export function askBeforeClosingUnsaved(win: BrowserWindow, words: () => HostWords): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const w = words();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: 'Dateline',
      message: w('unsaved.message'),
      detail: w('unsaved.detail'),
      buttons: [w('unsaved.stay'), w('unsaved.close')],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    // Preventing this event lets the page close after all.
    if (choice === CLOSE_ANYWAY) event.preventDefault();
  });
}
