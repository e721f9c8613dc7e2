// Keeps this computer's copies of an open desk article current, a moment after each change and
// when the article closes: the host keeps its Yjs state in desk/<id>.yjs and saves its fields into
// articles/<id>.json (so search, export, the command line and History see it) in one step.
import * as Y from 'yjs';
import {
  ArticleFieldsSchema,
  type Article,
  type ArticleFields,
  type ArticleStatus,
} from '../../../shared/article';
import { api } from '../../api/client';
import { observable } from '../../lib/observable';
import type { SaveState } from '../../lib/save-queue';

const SETTLE_MS = 400;

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

export class DeskArticleCopy {
  private revision: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private dirty = false;
  lastError = '';
  /** Whether the readable copy holds every change: History reads its versions again on 'saved'. */
  readonly saveState = observable<SaveState>({ kind: 'saved' });

  constructor(
    private readonly doc: Y.Doc,
    private readonly article: Article,
    private readonly status: () => ArticleStatus,
    private readonly onError: (message: string) => void,
  ) {
    this.revision = article.revision;
  }

  /** The revision of articles/<id>.json this copy last wrote or was told of. */
  get currentRevision(): number {
    return this.revision;
  }

  /** The file was written elsewhere in this window (a restored version) at `revision`. */
  adopt(revision: number): void {
    this.revision = Math.max(this.revision, revision);
  }

  /** A change happened: write both copies once changes settle. */
  changed(): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SETTLE_MS);
  }

  /** Writes now; resolves true when both copies hold every change so far. */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    this.running = this.running.then(() => this.write());
    return this.running.then(() => !this.dirty);
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    this.saveState.set({ kind: 'saving' });
    try {
      // The host keeps the state and saves its fields into the readable file in one step.
      const { revision } = await api.writeDeskState({
        id: this.article.id,
        state: toBase64(Y.encodeStateAsUpdate(this.doc)),
        status: this.status(),
      });
      this.revision = revision;
      // A failure shown earlier is over once a write succeeds.
      if (this.lastError) this.onError('');
      this.lastError = '';
      this.saveState.set({ kind: 'saved' });
    } catch (error) {
      this.dirty = true;
      this.lastError = error instanceof Error ? error.message : String(error);
      this.saveState.set({ kind: 'error', message: this.lastError });
      this.onError(this.lastError);
    }
  }
}

/** The article's fields alone, without its id, revision and dates. */
export function fieldsOf(article: Article): ArticleFields {
  const keys = Object.keys(ArticleFieldsSchema.shape) as (keyof ArticleFields)[];
  return Object.fromEntries(
    keys.filter((key) => article[key] !== undefined).map((key) => [key, article[key]]),
  ) as unknown as ArticleFields;
}
