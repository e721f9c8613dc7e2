// sharp (libvips) is loaded when the first photo is read or sized, not when Dateline starts: it
// holds some 26 MB that an edition without photos, a command or a day of writing never needs.
// It is required as the desktop app's bundle always required it, so it loads from the packaged
// app the same way, and the ES module hosts load it alike.
import { createRequire } from 'node:module';
import type { default as Sharp } from 'sharp';

let loaded: typeof Sharp | undefined;

export function loadSharp(): typeof Sharp {
  if (loaded) return loaded;
  const here = typeof __filename === 'string' ? __filename : import.meta.url;
  const sharp = createRequire(here)('sharp') as typeof Sharp;
  // No libvips operation cache, and one libvips thread per photo: export makes a few photos at
  // once (PHOTOS_AT_ONCE), so an edition of large photos holds only those photos' pixels and
  // runs no more threads than photos, whatever the machine. (sharp already uses one thread per
  // image on Linux with glibc; elsewhere it would use every core for each.) Threads never change
  // bytes.
  sharp.cache(false);
  sharp.concurrency(1);
  loaded = sharp;
  return sharp;
}
