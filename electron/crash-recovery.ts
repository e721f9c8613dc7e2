// A renderer that crashed or was killed is loaded again, so the writer is back in the app with
// everything it had saved (at most the last second of typing is lost). A page that keeps
// crashing is left alone after a few tries rather than reloaded in a loop.
import type { WebContents } from 'electron';

/** Reloads allowed within `WINDOW_MS`; past that the page stays as it is. */
const MOST_RELOADS = 3;
const WINDOW_MS = 60_000;

type GoneDetails = { reason: string };

export function reloadAfterCrash(
  contents: Pick<WebContents, 'on' | 'reload' | 'isDestroyed'>,
  log: (message: string) => void = console.error,
  now: () => number = Date.now,
): void {
  const reloads: number[] = [];
  contents.on('render-process-gone', (_event: unknown, details: GoneDetails) => {
    if (details.reason === 'clean-exit' || contents.isDestroyed()) return;
    const recent = reloads.filter((at) => now() - at < WINDOW_MS);
    reloads.splice(0, reloads.length, ...recent);
    if (recent.length >= MOST_RELOADS) {
      log(`The window's page stopped again (${details.reason}); not reloading it this time.`);
      return;
    }
    reloads.push(now());
    log(`The window's page stopped (${details.reason}); loading it again.`);
    contents.reload();
  });
}
