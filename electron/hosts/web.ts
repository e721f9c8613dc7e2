// Entry of `npm run web`: serves the built renderer and the API on 127.0.0.1 and prints the
// address (with its key) to open. Bundled to dist-electron/web.mjs.
import { fileURLToPath } from 'node:url';
import { holdYoungGeneration } from '../services/young-generation';
import { openLaunchPage, writeLaunchPage, type LaunchPage } from './launch-page';
import { startWebHost, WebHostStartError, type WebHost } from './start-web-host';
import { parseWebArgs, UsageError, WEB_USAGE, type WebArgs } from './web-args';

// The bundle sits in dist-electron/, beside vite's dist/.
const STATIC_DIR = fileURLToPath(new URL('../dist/renderer/', import.meta.url));

async function main(argv: string[]): Promise<void> {
  let args: WebArgs;
  try {
    args = parseWebArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${WEB_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(WEB_USAGE);
    return;
  }

  holdYoungGeneration();
  let host: WebHost;
  try {
    host = await startWebHost({
      staticDir: STATIC_DIR,
      libraryPath: args.library,
      port: args.port,
    });
  } catch (error) {
    console.error(
      error instanceof WebHostStartError
        ? error.message
        : `Dateline could not start: ${(error as Error).message}`,
    );
    process.exitCode = 1;
    return;
  }

  // Scripts and tests read the first line; keep its wording.
  console.log(`Dateline is running at ${host.url}`);
  console.log(`Library: ${host.libraryPath}`);
  for (const notice of host.notices) console.error(notice);
  stopOnSignal(host);

  if (args.open) openBrowser(host.url);
}

const NO_BROWSER = 'Could not open a browser; open the address above in Chrome or Chromium.';

/** The browser is given a private page that redirects to the address, never the address itself. */
function openBrowser(url: string): void {
  let page: LaunchPage;
  try {
    page = writeLaunchPage(url);
  } catch {
    console.error(NO_BROWSER);
    return;
  }
  // Every way out passes here, a second Ctrl+C included.
  process.on('exit', () => page.remove());
  openLaunchPage(page).catch(() => console.error(NO_BROWSER));
}

function stopOnSignal(host: WebHost): void {
  let stoppingSince: number | undefined;
  const stop = (signal: NodeJS.Signals) => {
    // A second Ctrl+C does not wait for requests in flight. Signals raised again at once are
    // ignored: a dependency that cleans up on exit re-raises the signal it received.
    if (stoppingSince !== undefined) {
      if (signal === 'SIGINT' && Date.now() - stoppingSince > 500) process.exit(130);
      return;
    }
    stoppingSince = Date.now();
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main(process.argv.slice(2));
