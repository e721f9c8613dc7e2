// Where V8 makes new objects, its young generation, doubles each time enough of them outlive a
// collection. Over a long run of work, listing a large library or writing an edition, it grows
// to 128 MB, and the process keeps that memory to the end: most of the near 300 MB an edition
// of 10,000 articles held. The hosts let it grow to 32 MB, the most earlier Node.js versions
// gave it, and no further: objects that live on move to the old generation, which is collected
// and gives memory back. Holding it smaller made reopening a large library a quarter slower.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation's size past which it grows no more, both its halves together. */
export const YOUNG_GENERATION_CAP_MB = 32;

/** The memory V8 holds for new objects now, in bytes. */
export const youngGenerationBytes = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;

/**
 * Stops the young generation growing once it reaches the cap; each host calls it once, as it
 * starts. It is looked at after each collection, the only time it grows, once the turn that ran it
 * is over: a busy turn can take it one doubling past the cap.
 */
export function holdYoungGeneration(capMB = YOUNG_GENERATION_CAP_MB): void {
  const reached = () => youngGenerationBytes() >= capMB * 2 ** 20;
  const hold = () => setFlagsFromString('--semi-space-growth-factor=1');
  if (reached()) {
    hold();
    return;
  }
  const watch = new PerformanceObserver(() => {
    if (!reached()) return;
    hold();
    watch.disconnect();
  });
  watch.observe({ entryTypes: ['gc'] });
}
