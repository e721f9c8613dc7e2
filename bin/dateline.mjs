#!/usr/bin/env node
// Runs the built command-line host; it is built with the rest of Dateline by `npm run build`.
// Dateline runs on the Node.js that `npm ci` installs with it, so a terminal's older Node hands
// the command over to that one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PROJECT_NODE_MAJOR = 24;
const cli = new URL('../dist-electron/cli.mjs', import.meta.url);
const projectNode = fileURLToPath(
  new URL(
    `../node_modules/node/bin/node${process.platform === 'win32' ? '.exe' : ''}`,
    import.meta.url,
  ),
);

if (Number(process.versions.node.split('.')[0]) < PROJECT_NODE_MAJOR && existsSync(projectNode)) {
  const child = spawnSync(
    projectNode,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (child.signal) process.kill(process.pid, child.signal);
  if (child.error)
    console.error(`Dateline could not start its own Node.js: ${child.error.message}`);
  process.exitCode = child.status ?? 1;
} else if (existsSync(cli)) {
  await import(cli.href);
} else {
  console.error('Dateline has not been built yet: run "npm run build" first, then try again.');
  process.exitCode = 1;
}
