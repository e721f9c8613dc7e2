// The page refuses to unload while it holds text it could not save (a full disk, a change made
// elsewhere the writer has not settled). Electron would then keep the window open without a word;
// instead the writer is asked, and Stay is the default.
import { dialog, type BrowserWindow } from 'electron';

export const STAY = 0;
export const CLOSE_ANYWAY = 1;

export function askBeforeClosingUnsaved(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: 'Dateline',
      message: 'Your latest changes are not saved.',
      detail:
        'They are still in this window, and the bar at its foot says why they could not be saved. If you close it now, they are lost.',
      buttons: ['Stay', 'Close without them'],
      defaultId: STAY,
      cancelId: STAY,
      noLink: true,
    });
    // Preventing this event lets the page close after all.
    if (choice === CLOSE_ANYWAY) event.preventDefault();
  });
}
