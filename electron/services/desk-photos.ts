// Brings the photos of a desk article to where they are needed: the originals this laptop lacks
// are fetched from the desk (and checked like any photo added here), and those only this laptop
// holds are sent to the desk, so every member's copy of the article shows and exports them.
// Sending waits for the connection: what could not be sent is tried again every little while.
import { createHash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import * as Y from 'yjs';
import { DatelineError } from '../../shared/api/errors';
import { articlePhotosOfDoc } from '../../shared/desk/client-article';
import { PHOTO_EXTENSIONS, PHOTO_FORMATS, type PhotoRef } from '../../shared/photos/photo-ref';
import { sniffFormat } from '../../shared/photos/sniff';
import type { DeskClient } from './desk-client';
import type { MediaStore } from './media/media-store';

/** How long after a failed send the photos still waiting are tried again. */
const RETRY_MS = 15_000;
/** How long after an article's last change its photos are looked at. */
const SETTLE_MS = 1_000;

export interface DeskPhotoOutcome {
  /** Photos neither this laptop nor the desk holds (yet): they show as missing. */
  missingHere: string[];
  /** Photos only this laptop holds that could not be sent now; tried again later. */
  waiting: string[];
}

export class DeskPhotoSync {
  /** Hashes the desk is known to hold. */
  private readonly onDesk = new Set<string>();
  /** Hashes held here that the desk still needs. */
  private readonly toSend = new Set<string>();
  private readonly settling = new Map<string, ReturnType<typeof setTimeout>>();
  private retry: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly desk: DeskClient,
    private readonly media: () => MediaStore,
    private readonly onProblem: (message: string) => void = () => undefined,
  ) {}

  /** An article's Yjs state was written here: look at its photos once its changes settle. */
  stateChanged(id: string, state: Uint8Array): void {
    clearTimeout(this.settling.get(id));
    const timer = setTimeout(() => {
      this.settling.delete(id);
      const doc = new Y.Doc();
      try {
        Y.applyUpdate(doc, state);
        void this.sync(articlePhotosOfDoc(doc)).catch((error: Error) =>
          this.onProblem(error.message),
        );
      } catch (error) {
        this.onProblem((error as Error).message);
      } finally {
        doc.destroy();
      }
    }, SETTLE_MS);
    timer.unref?.();
    this.settling.set(id, timer);
  }

  /** Fetches what is missing here and sends what the desk lacks. */
  async sync(photos: readonly Pick<PhotoRef, 'hash' | 'format'>[]): Promise<DeskPhotoOutcome> {
    const missingHere: string[] = [];
    const held: string[] = [];
    const seen = new Set<string>();
    for (const photo of photos) {
      if (seen.has(photo.hash)) continue;
      seen.add(photo.hash);
      if ((await this.holds(photo.hash)) || (await this.fetchQuietly(photo.hash))) {
        held.push(photo.hash);
      } else missingHere.push(photo.hash);
    }
    for (const hash of held) if (!this.onDesk.has(hash)) this.toSend.add(hash);
    return { missingHere, waiting: await this.send() };
  }

  /**
   * Takes a photo from the desk into this library; false when the desk does not hold it. Bytes
   * that are not the photo named, or not a photo Dateline keeps, are refused.
   */
  async fetch(hash: string): Promise<boolean> {
    const bytes = await this.desk.getPhoto(hash);
    if (!bytes) return false;
    if (createHash('sha256').update(bytes).digest('hex') !== hash) {
      throw new DatelineError(
        'io',
        'The desk sent a photo whose bytes do not match its name; it was not kept.',
      );
    }
    const format = sniffFormat(bytes);
    const ending = format in PHOTO_EXTENSIONS ? PHOTO_EXTENSIONS[format as 'jpeg'] : 'bin';
    await this.media().add(`photo.${ending}`, bytes);
    this.onDesk.add(hash);
    return true;
  }

  private async fetchQuietly(hash: string): Promise<boolean> {
    try {
      return await this.fetch(hash);
    } catch (error) {
      this.onProblem(`A photo could not be taken from the desk: ${(error as Error).message}`);
      return false;
    }
  }

  /** Sends what the desk lacks; returns the hashes that could not be sent now. */
  private async send(): Promise<string[]> {
    const wanted = [...this.toSend];
    if (wanted.length === 0) return [];
    try {
      const lacking = new Set(await this.desk.call('missingPhotos', { hashes: wanted }));
      for (const hash of wanted) {
        if (lacking.has(hash)) {
          const bytes = await this.original(hash);
          // A photo no longer here cannot be sent; the article shows it as missing.
          if (bytes) await this.desk.putPhoto(hash, bytes);
        }
        this.onDesk.add(hash);
        this.toSend.delete(hash);
      }
    } catch (error) {
      this.onProblem(`Photos wait to be sent to the desk: ${(error as Error).message}`);
      this.scheduleRetry();
    }
    return [...this.toSend];
  }

  private scheduleRetry(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.send();
    }, RETRY_MS);
    this.retry.unref?.();
  }

  private async original(hash: string): Promise<Uint8Array | null> {
    try {
      return (await this.media().read(hash)).bytes;
    } catch (error) {
      if (error instanceof DatelineError && error.code === 'not-found') return null;
      throw error;
    }
  }

  /** Whether the library keeps the original, from its file alone. */
  private async holds(hash: string): Promise<boolean> {
    const media = this.media();
    for (const format of PHOTO_FORMATS) {
      const found = await lstat(media.fileOf(hash, format)).catch(() => null);
      if (found?.isFile()) return true;
    }
    return false;
  }

  /** Stops the timers (the host is closing). */
  close(): void {
    clearTimeout(this.retry);
    for (const timer of this.settling.values()) clearTimeout(timer);
    this.settling.clear();
  }
}
