// File bytes as base64, the form the importFile call carries them in.

const ALPHABET = Uint8Array.from(
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  (char) => char.charCodeAt(0),
);
const PAD = '='.charCodeAt(0);

type WithNativeBase64 = Uint8Array & { toBase64?: () => string };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithNativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  // Encoded into bytes and decoded once: a 20 MB file takes a fraction of a second this way.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const at = (index: number) => ALPHABET[index & 63]!;
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = at(n >> 18);
    out[o++] = at(n >> 12);
    out[o++] = at(n >> 6);
    out[o++] = at(n);
  }
  const left = bytes.length - i;
  if (left > 0) {
    const n = (bytes[i]! << 16) | (left === 2 ? bytes[i + 1]! << 8 : 0);
    out.set([at(n >> 18), at(n >> 12), left === 2 ? at(n >> 6) : PAD, PAD], o);
  }
  return new TextDecoder().decode(out);
}
