// Where V8 makes new objects, its young generation, doubles each time enough of them outlive a
// collection. Over a long run of work, listing a large library or writing an edition, it grows
// from 16 MB to 128 MB, and the process keeps that memory to the end: most of the near 300 MB an
// edition of 10,000 articles held. The hosts keep it at the size it has once they have started.
// Objects that live on move to the old generation, which is collected and gives memory back.
import { setFlagsFromString } from 'node:v8';

/** Stops the young generation growing; each host calls it once, as it starts. */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
