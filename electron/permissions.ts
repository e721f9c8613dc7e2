// Deny-by-default permissions: the page may use only what is listed here, each with its reason,
// and only from the app's own main frame. Anything new Chromium invents is refused until added.
import type { Session } from 'electron';
import { isAppUrl } from './app-url';

export type Permission = Parameters<
  NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>
>[1];

export const ALLOWED_PERMISSIONS: Readonly<Partial<Record<Permission, string>>> = {
  'clipboard-sanitized-write':
    'Copy buttons (the body fragment for a CMS) write text with navigator.clipboard.',
};

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  isMainFrame: boolean,
): boolean {
  return Object.hasOwn(ALLOWED_PERMISSIONS, permission) && isMainFrame && isAppUrl(requestingUrl);
}

export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  // USB, HID and serial devices are never needed by an editor.
  session.setDevicePermissionHandler(() => false);
}
