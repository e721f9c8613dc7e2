// Decides how `npm start` launches Dateline: the Electron binary when it can be had, otherwise the
// web host, which serves the same app to the browser.
import { existsSync } from 'node:fs';

export const WEB_FALLBACK_NOTICE =
  'Electron could not be downloaded (this machine may be offline), so Dateline is starting in your browser instead.';

/**
 * @param {{
 *   resolveElectron: () => unknown,
 *   nodePath: string,
 *   args: string[],
 *   exists?: (file: string) => boolean,
 * }} options
 * @returns {{ command: string, args: string[], notice?: string }}
 */
export function planLaunch({ resolveElectron, nodePath, args, exists = existsSync }) {
  let binary;
  try {
    // The electron package exports its binary's path, downloading the binary first if it can.
    binary = resolveElectron();
  } catch {
    binary = undefined;
  }
  if (typeof binary === 'string' && exists(binary)) {
    return { command: binary, args: ['.', ...args] };
  }
  return {
    command: nodePath,
    args: ['dist-electron/web.mjs', ...args],
    notice: WEB_FALLBACK_NOTICE,
  };
}
