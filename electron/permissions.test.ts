import type { Session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ALLOWED_PERMISSIONS, installPermissionHandlers, type Permission } from './permissions';
import { resetElectronMock, session } from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

// Every permission Electron 45 can ask about; a new one is denied without being listed here.
const ALL_PERMISSIONS: Permission[] = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];
const WHITELIST = ['clipboard-sanitized-write'];
const appUrl = 'app://dateline/index.html';

const defaultSession = session.defaultSession;

function request(permission: string, requestingUrl = appUrl, isMainFrame = true): boolean {
  const handler = defaultSession.requestHandler;
  if (!handler) throw new Error('no permission request handler');
  let granted: boolean | undefined;
  handler({}, permission, (answer) => (granted = answer), { requestingUrl, isMainFrame });
  if (granted === undefined) throw new Error(`no answer for ${permission}`);
  return granted;
}

function check(permission: string, requestingOrigin = 'app://dateline', isMainFrame = true) {
  const handler = defaultSession.checkHandler;
  if (!handler) throw new Error('no permission check handler');
  return handler({}, permission, requestingOrigin, { isMainFrame });
}

beforeEach(() => {
  resetElectronMock();
  installPermissionHandlers(defaultSession as unknown as Session);
});

describe('permissions', () => {
  it('allows only the listed permissions, each with a reason', () => {
    expect(Object.keys(ALLOWED_PERMISSIONS)).toEqual(WHITELIST);
    for (const reason of Object.values(ALLOWED_PERMISSIONS)) expect(reason).toMatch(/\w{4}/);
  });

  it.each(ALL_PERMISSIONS.filter((name) => !WHITELIST.includes(name)))(
    'denies %s when requested or checked',
    (permission) => {
      expect(request(permission)).toBe(false);
      expect(check(permission)).toBe(false);
    },
  );

  it('denies permissions Electron does not know yet', () => {
    expect(request('brand-new-permission')).toBe(false);
    expect(check('brand-new-permission')).toBe(false);
  });

  it('grants clipboard writes to the app page', () => {
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(check('clipboard-sanitized-write')).toBe(true);
  });

  it('denies even whitelisted permissions to other origins and to subframes', () => {
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
    expect(request('clipboard-sanitized-write', 'file:///tmp/page.html')).toBe(false);
    expect(request('clipboard-sanitized-write', appUrl, false)).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://dateline', false)).toBe(false);
  });

  it('denies names an object inherits, which a lookup in a plain table would find', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(request(name), name).toBe(false);
      expect(check(name), name).toBe(false);
    }
  });

  it('denies addresses that only look like the app', () => {
    for (const lookalike of [
      'app://dateline.evil.example/index.html',
      'app://dateline@evil.example/index.html',
      'app://evil/index.html',
      'https://dateline/index.html',
      'file:///app/dateline/index.html',
      'not a url',
      '',
    ]) {
      expect(request('clipboard-sanitized-write', lookalike), lookalike).toBe(false);
    }
  });

  it('judges a check by the page asking, when Electron names it, not only its origin', () => {
    const handler = defaultSession.checkHandler;
    if (!handler) throw new Error('no permission check handler');
    const asked = (requestingUrl: string) =>
      handler({}, 'clipboard-sanitized-write', 'app://dateline', {
        requestingUrl,
        isMainFrame: true,
      });
    expect(asked('https://evil.example/')).toBe(false);
    expect(asked('app://dateline/index.html')).toBe(true);
  });

  it('refuses every USB, HID and serial device', () => {
    expect(defaultSession.deviceHandler?.({ deviceType: 'usb', origin: 'app://dateline' })).toBe(
      false,
    );
  });
});
