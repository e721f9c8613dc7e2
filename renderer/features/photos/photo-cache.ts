// The photos the editor and the preview show, fetched once each through the API (the host makes a
// screen-size WebP without metadata) and held as blob: addresses, so no path or key is ever in an
// address. Listeners hear when one arrives, so a preview drawn before it can be drawn again.
import { api } from '../../api/client';

const urls = new Map<string, string>();
const pending = new Map<string, Promise<string | undefined>>();
const listeners = new Set<() => void>();
/** Photos the library does not hold (a desk article's photo from another laptop, for now). */
const missing = new Set<string>();

function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The photo's address if it has arrived; otherwise asks for it and answers undefined. */
export function photoUrl(hash: string): string | undefined {
  const known = urls.get(hash);
  if (known) return known;
  void loadPhoto(hash);
  return undefined;
}

export function loadPhoto(hash: string): Promise<string | undefined> {
  const known = urls.get(hash);
  if (known) return Promise.resolve(known);
  let loading = pending.get(hash);
  if (!loading) {
    loading = api.readPhoto({ hash }).then(
      (photo) => {
        const url = URL.createObjectURL(
          new Blob([base64ToBytes(photo.data)], { type: photo.mimeType }),
        );
        urls.set(hash, url);
        pending.delete(hash);
        for (const listener of listeners) listener();
        return url;
      },
      () => {
        pending.delete(hash);
        missing.add(hash);
        for (const listener of listeners) listener();
        return undefined;
      },
    );
    pending.set(hash, loading);
  }
  return loading;
}

/** Whether asking for the photo found it missing from this library. */
export function isPhotoMissing(hash: string): boolean {
  return missing.has(hash);
}

export function onPhotoLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
