// The desk's limits on what one client may send: message size and rate, and document size.
export interface DeskLimits {
  /** No document grows past this many stored bytes; the update that would is refused. */
  maxDocumentBytes: number;
  /** One WebSocket message at most. */
  maxMessageBytes: number;
  /** Sustained messages per second per connection... */
  messagesPerSecond: number;
  /** ...with bursts of up to this many (a reconnect after offline work sends a few at once). */
  messageBurst: number;
  /** The largest photo original the desk keeps, as a laptop's library does. */
  maxPhotoBytes: number;
}

export const DEFAULT_LIMITS: DeskLimits = {
  maxDocumentBytes: 20 * 1024 * 1024,
  maxMessageBytes: 20 * 1024 * 1024,
  messagesPerSecond: 200,
  messageBurst: 1_000,
  maxPhotoBytes: 30 * 1024 * 1024,
};

/** A token bucket: `take()` is false once the client sends faster than the limits allow. */
export class MessageBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly limits: Pick<DeskLimits, 'messagesPerSecond' | 'messageBurst'>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = limits.messageBurst;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    const refill = ((now - this.last) / 1000) * this.limits.messagesPerSecond;
    this.tokens = Math.min(this.limits.messageBurst, this.tokens + refill);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
