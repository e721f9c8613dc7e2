#!/usr/bin/env node
// Runs the built command-line host; it is built with the rest of Dateline by `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist-electron/cli.mjs', import.meta.url);

if (existsSync(cli)) {
  await import(cli.href);
} else {
  console.error('Dateline has not been built yet: run "npm run build" first, then try again.');
  process.exitCode = 1;
}
