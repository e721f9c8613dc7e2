import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetElectronMock } from '../test-support/electron/electron-mock';
import { mockEvent } from '../test-support/electron/mock-window';
import { MockWebContents } from '../test-support/electron/mock-window';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

const { askBeforeClosingUnsaved, CLOSE_ANYWAY, STAY } = await import('./unsaved-close');
const { hostWords } = await import('./i18n/host-words');
type InterfaceLocale = Parameters<typeof hostWords>[0];

function setup() {
  const webContents = new MockWebContents();
  const win = { webContents };
  const language = { current: 'en' as InterfaceLocale };
  askBeforeClosingUnsaved(win as never, () => hostWords(language.current));
  return { win, webContents, language };
}

describe('askBeforeClosingUnsaved', () => {
  beforeEach(() => resetElectronMock());

  it('keeps the window open when the writer chooses to stay, which is the default', () => {
    const { win, webContents } = setup();
    dialog.showMessageBoxSync.mockReturnValue(STAY);
    const event = mockEvent();
    webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(false);
    const [parent, options] = dialog.showMessageBoxSync.mock.calls[0] as [unknown, never];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      message: 'Your latest changes are not saved.',
      buttons: ['Stay', 'Close without them'],
      defaultId: STAY,
      cancelId: STAY,
    });
  });

  it('lets the page close when the writer chooses to close without the changes', () => {
    const { webContents } = setup();
    dialog.showMessageBoxSync.mockReturnValue(CLOSE_ANYWAY);
    const event = mockEvent();
    webContents.emit('will-prevent-unload', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('asks in the language chosen since the window opened', () => {
    const { webContents, language } = setup();
    dialog.showMessageBoxSync.mockReturnValue(STAY);
    language.current = 'km';
    webContents.emit('will-prevent-unload', mockEvent());
    const [, options] = dialog.showMessageBoxSync.mock.calls[0] as [unknown, never];
    expect(options).toMatchObject({
      message: 'ការកែប្រែចុងក្រោយរបស់អ្នកមិនទាន់បានរក្សាទុកទេ។',
      buttons: ['នៅបន្ត', 'បិទដោយមិនរក្សាទុក'],
      defaultId: STAY,
    });
  });
});
