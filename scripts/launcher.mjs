// Decides how `npm start` launches Dateline: the Electron binary when it can be had, otherwise the
// web host, which serves the same app to the browser, with one paragraph saying why.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where Electron's binary is, without downloading anything: the electron package's own rules
 * (its path.txt, or ELECTRON_OVERRIDE_DIST_PATH), or undefined when the binary is not there.
 * @param {{ electronDir: string, env?: NodeJS.ProcessEnv, exists?: (file: string) => boolean }} options
 * @returns {string | undefined}
 */
export function findElectronBinary({ electronDir, env = process.env, exists = existsSync }) {
  let relative;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative || 'electron')
    : relative && path.join(electronDir, 'dist', relative);
  return binary && exists(binary) ? binary : undefined;
}

const UNREACHABLE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|certificate/i;

/**
 * Why Electron's installer failed, in a few words, from what it printed (a stack trace, usually).
 * @param {string} output
 * @returns {string}
 */
export function downloadFailureReason(output) {
  if (UNREACHABLE.test(output)) {
    return 'its download server could not be reached (this computer may be offline, or a firewall or proxy may stand in the way)';
  }
  const first = output
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  if (!first) return 'its installer stopped without saying why';
  const short = first.length > 160 ? `${first.slice(0, 157)}...` : first;
  return `its installer stopped with "${short}"`;
}

/**
 * The one paragraph `npm start` prints before opening the browser instead of the desktop app.
 * @param {string} reason
 * @returns {string}
 */
export function webFallbackNotice(reason) {
  return wrap(
    `Dateline could not download Electron, the engine of its desktop app: ${reason}. ` +
      'Dateline opens in your browser instead, with the same library and settings. ' +
      'To get the desktop app, run "npm start" again once this computer can reach the internet: ' +
      'Electron is downloaded once and kept.',
  );
}

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
  let reason = 'its binary was not found after the download';
  try {
    binary = resolveElectron();
  } catch (error) {
    binary = undefined;
    reason = /** @type {Error} */ (error).message;
  }
  if (typeof binary === 'string' && exists(binary)) {
    return { command: binary, args: ['.', ...args] };
  }
  return {
    command: nodePath,
    args: ['dist-electron/web.mjs', ...args],
    notice: webFallbackNotice(reason),
  };
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text, width = 80) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
