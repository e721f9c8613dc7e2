// The app's photo methods, part of the one API contract: a photo goes up as bytes with its file
// name and comes back named by its hash; the renderer never names a path.
import { z } from 'zod';
import type { PhotoDisplay, PhotoFacts } from '../photos/photo-facts';
import { PhotoHashSchema } from '../photos/photo-ref';

const returns = <T>() => undefined as unknown as T;
const byHash = z.strictObject({ hash: PhotoHashSchema });

export const photoMethods = {
  /** Keeps a photo in the library (once, by its content) and says what it holds. */
  addPhoto: {
    input: z.strictObject({
      /** The file's own name, without folders; its ending must say what the bytes are. */
      name: z
        .string()
        .min(1)
        .max(255)
        .regex(/^[^/\\\0]+$/, 'a file name without folders'),
      /** The photo's bytes, base64-encoded; 41 MB of base64 is 30 MB of photo. */
      data: z.base64().max(41_000_000),
    }),
    output: returns<PhotoFacts>(),
  },
  describePhoto: { input: byHash, output: returns<PhotoFacts>() },
  /** The photo at a size for the screen (up to 1,200 px wide, WebP, without metadata). */
  readPhoto: { input: byHash, output: returns<PhotoDisplay>() },
} as const;
