// What `npm start` runs after the build: the desktop app, or the web host where Electron's binary
// cannot be downloaded. Arguments, the exit code and signals pass straight through.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planLaunch } from './launcher.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const plan = planLaunch({
  resolveElectron: () => require('electron'),
  nodePath: process.execPath,
  args: process.argv.slice(2),
});
if (plan.notice) console.log(plan.notice);

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
