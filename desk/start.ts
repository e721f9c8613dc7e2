// Entry of `npm run desk`: starts the desk server and prints where it runs. Bundled to
// dist-electron/desk.mjs.
import { readFileSync } from 'node:fs';
import { DESK_USAGE, DeskUsageError, parseDeskArgs } from './args';
import { startDesk } from './server';

async function main(): Promise<number> {
  let args;
  try {
    args = parseDeskArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof DeskUsageError)) throw error;
    console.error(`${error.message}\n\n${DESK_USAGE}`);
    return 2;
  }
  const tls =
    args.certFile && args.keyFile
      ? { cert: readFileSync(args.certFile), key: readFileSync(args.keyFile) }
      : undefined;
  const desk = await startDesk({
    storage: args.storage,
    redisUrl: args.redisUrl,
    host: args.host,
    port: args.port,
    tls,
    limits: args.limits,
    compactAfterUpdates: args.compactAfterUpdates,
    accessCheckMs: 200,
    log: (line) => console.error(`${new Date().toISOString()} ${line}`),
  });
  console.log(`Dateline desk is running at ${desk.url}`);
  const stop = () => {
    desk.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: Error) => {
    console.error(`The desk could not start: ${error.message}`);
    process.exitCode = 1;
  },
);
