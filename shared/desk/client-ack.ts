// Knows when every local change to a desk document is stored on the desk. Each frame that carries
// changes (a sync step 2 or an update) is noted when it leaves with the count of local changes
// made so far; the desk answers each such frame, in order, once it has stored it. A connection
// that closes loses its unanswered frames: their changes travel again in the next sync step 2.
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_STATUS = 8;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class AckTracker {
  private local = 0;
  private confirmed = 0;
  private pending: number[] = [];
  private readonly listeners = new Set<() => void>();

  /** `isRemote` tells changes that came from the desk (which need no answer) from local ones. */
  constructor(
    private readonly docName: string,
    doc: Y.Doc,
    private readonly isRemote: (origin: unknown) => boolean,
  ) {
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (this.isRemote(origin)) return;
      this.local += 1;
      this.emit();
    });
  }

  /** A frame the socket transmitted. */
  sent(frame: Uint8Array): void {
    const read = readHead(frame);
    if (!read || read.name !== this.docName || read.type !== MESSAGE_SYNC) return;
    const step = read.next();
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) this.pending.push(this.local);
  }

  /** A frame the socket received. */
  received(frame: Uint8Array): void {
    const read = readHead(frame);
    if (!read || read.name !== this.docName || read.type !== MESSAGE_SYNC_STATUS) return;
    const stored = read.next() === 1;
    const covered = this.pending.shift();
    if (stored && covered !== undefined && covered > this.confirmed) {
      this.confirmed = covered;
      this.emit();
    }
  }

  /** The connection closed: frames still unanswered will never be answered. */
  closed(): void {
    this.pending = [];
    this.emit();
  }

  /** Whether the desk has stored every local change made so far. */
  allStored(): boolean {
    return this.confirmed >= this.local;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Reads a frame's document name and message type; `next` reads the varUint after them. */
function readHead(frame: Uint8Array) {
  let at = 0;
  const varUint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (at >= frame.length || shift > 28) throw new RangeError('short frame');
      const byte = frame[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  try {
    const length = varUint();
    if (at + length > frame.length) return null;
    const name = new TextDecoder().decode(frame.subarray(at, at + length));
    at += length;
    const type = varUint();
    return {
      name,
      type,
      next: () => {
        try {
          return varUint();
        } catch {
          return -1;
        }
      },
    };
  } catch {
    return null;
  }
}
