import { describe, expect, it } from 'vitest';
import { planLaunch, WEB_FALLBACK_NOTICE } from './launcher.mjs';

const args = ['--library', '/srv/news'];
const nodePath = '/usr/bin/node';

describe('planLaunch', () => {
  it('starts Electron on the project folder with the extra arguments when the binary is there', () => {
    const plan = planLaunch({
      resolveElectron: () => '/cache/electron/electron',
      exists: (file) => file === '/cache/electron/electron',
      nodePath,
      args,
    });
    expect(plan).toEqual({ command: '/cache/electron/electron', args: ['.', ...args] });
  });

  it('falls back to the web host, saying why in one sentence, when the download fails', () => {
    const plan = planLaunch({
      resolveElectron: () => {
        throw new Error('Electron failed to install correctly.');
      },
      exists: () => true,
      nodePath,
      args,
    });
    expect(plan).toEqual({
      command: nodePath,
      args: ['dist-electron/web.mjs', ...args],
      notice: WEB_FALLBACK_NOTICE,
    });
    expect(WEB_FALLBACK_NOTICE).toMatch(/^Electron could not be downloaded\b.*browser instead\.$/);
  });

  it('falls back to the web host when the reported binary does not exist', () => {
    const plan = planLaunch({
      resolveElectron: () => '/cache/electron/electron',
      exists: () => false,
      nodePath,
      args: [],
    });
    expect(plan.command).toBe(nodePath);
    expect(plan.args).toEqual(['dist-electron/web.mjs']);
  });
});
