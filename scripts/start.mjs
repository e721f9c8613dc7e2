// What `npm start` runs after the build: the desktop app, or the web host where Electron's binary
// cannot be downloaded. Arguments, the exit code and signals pass straight through.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadFailureReason, findElectronBinary, planLaunch } from './launcher.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Electron's binary, downloaded first when it is missing. The installer runs with its output
 * kept, so a failed download becomes one sentence instead of a stack trace.
 */
function electronBinary() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    throw new Error('it is not installed (run "npm ci" first)');
  }
  const found = findElectronBinary({ electronDir });
  if (found) return found;
  const status = process.stdout.isTTY ? 'Downloading Electron for the desktop app...' : '';
  if (status) process.stdout.write(status);
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (status) process.stdout.write('\r\x1b[K');
  const downloaded = findElectronBinary({ electronDir });
  if (downloaded) return downloaded;
  throw new Error(
    downloadFailureReason(`${install.error?.message ?? ''}\n${install.stderr}\n${install.stdout}`),
  );
}

const plan = planLaunch({
  resolveElectron: electronBinary,
  nodePath: process.execPath,
  args: process.argv.slice(2),
});
if (plan.notice) console.log(`${plan.notice}\n`);

const env = { ...process.env };
// Left over from other tools, it would make Electron run as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(plan.command, plan.args, { cwd: projectRoot, stdio: 'inherit', env });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (error) => {
  console.error(`Dateline could not be started: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    // End the same way the app did, so callers see the signal rather than a made-up code.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
