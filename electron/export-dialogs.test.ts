import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, resetElectronMock } from '../test-support/electron/electron-mock';
import { hostWords } from './i18n/host-words';
import { EXPORT_FILE_TYPES } from './services/export-target';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

const { exportTargetChooser } = await import('./export-dialogs');

function chooser(language: 'en' | 'km') {
  return exportTargetChooser({
    window: () => null,
    lastFolder: () => '/news/exports',
    rememberFolder: vi.fn(),
    words: () => hostWords(language),
  });
}

describe('exportTargetChooser', () => {
  beforeEach(() => resetElectronMock());

  it('asks where an article goes in Khmer, naming the file type in Khmer', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await chooser('km')({
      kind: 'file',
      suggestedName: 'budget.html',
      filters: [EXPORT_FILE_TYPES.page.filter],
    });
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'នាំចេញអត្ថបទ',
      defaultPath: '/news/exports/budget.html',
      filters: [{ name: 'ទំព័រគេហទំព័រ', extensions: ['html'] }],
    });
  });

  it('asks for an edition’s folder in the chosen language', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await chooser('km')({ kind: 'folder', title: 'Export edition' });
    await chooser('en')({ kind: 'folder', title: 'Export edition' });
    const [khmer, english] = dialog.showOpenDialog.mock.calls.map((call) => call[0]);
    expect(khmer).toMatchObject({ title: 'នាំចេញការបោះពុម្ពផ្សាយ', buttonLabel: 'នាំចេញទៅទីនេះ' });
    expect(english).toMatchObject({ title: 'Export edition', buttonLabel: 'Export Here' });
  });
});
