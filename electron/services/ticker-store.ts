// The site-wide ticker in `ticker.json` at the library's root: atomic writes and the same
// revision check as articles, so two windows editing it never overwrite each other unseen.
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { DatelineError } from '../../shared/api/errors';
import { newEntryId } from '../../shared/ids';
import {
  NewTickerItemSchema,
  TICKER_SCHEMA_VERSION,
  TickerSchema,
  type NewTickerItem,
  type Ticker,
  type TickerItem,
} from '../../shared/ticker';
import { writeFileAtomic } from './atomic-write';
import { describeFsError } from './fs-errors';
import { isOwnFolder, parseLibraryJson, readLibraryFile, type LibraryRead } from './library-files';

export const TICKER_FILE = 'ticker.json';

/** The ticker file was damaged and has been moved aside; a fresh ticker may be started. */
class TickerSetAsideError extends DatelineError {}

export class TickerStore {
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly root: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = path.join(root, TICKER_FILE);
  }

  /** The ticker; an empty one when the library has none yet. A damaged file is moved aside. */
  async get(): Promise<Ticker> {
    let read: LibraryRead;
    try {
      read = await readLibraryFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.empty();
      throw describeFsError(error, 'read the ticker');
    }
    // A link or a file too large is not read; what is read is never quoted back.
    const json = 'text' in read ? parseLibraryJson(read.text) : { reason: read.refused };
    let reason: string;
    if ('value' in json) {
      const parsed = TickerSchema.safeParse(json.value);
      if (parsed.success) return parsed.data;
      reason = `it does not look like a Dateline ticker (${parsed.error.issues[0]?.message})`;
    } else {
      reason = json.reason;
    }
    let movedTo: string;
    try {
      movedTo = await this.setAside();
    } catch (error) {
      throw describeFsError(error, 'move the damaged ticker file aside');
    }
    throw new TickerSetAsideError(
      'io',
      `The ticker file could not be read because ${reason}. It was moved to ${movedTo}; the ticker starts empty.`,
    );
  }

  /** Replaces the items, only if the ticker on disk is still at `baseRevision`. */
  save(baseRevision: number, items: TickerItem[]): Promise<Ticker> {
    return this.serialized(async () => {
      const current = await this.getOrEmpty();
      if (current.revision !== baseRevision) {
        throw new DatelineError(
          'conflict',
          'The ticker was changed in another window since you opened it, so your changes were not saved over it.',
          { reason: 'ticker-changed' },
        );
      }
      return this.write(current, items);
    });
  }

  /** Appends items at the end; a new breaking item takes the flag from any other. */
  add(newItems: NewTickerItem[]): Promise<Ticker> {
    return this.serialized(async () => {
      const current = await this.getOrEmpty();
      const added = newItems.map((item) => ({
        ...NewTickerItemSchema.parse(item),
        id: newEntryId(),
      }));
      const breaking = added.some((item) => item.breaking);
      const kept = breaking
        ? current.items.map((item) => ({ ...item, breaking: false }))
        : current.items;
      return this.write(current, [...kept, ...added]);
    });
  }

  private async write(current: Ticker, items: TickerItem[]): Promise<Ticker> {
    const parsed = TickerSchema.safeParse({
      schemaVersion: TICKER_SCHEMA_VERSION,
      revision: current.revision + 1,
      updatedAt: this.now().toISOString(),
      items,
    });
    if (!parsed.success) {
      throw new DatelineError(
        'invalid-input',
        `The ticker is not valid: ${parsed.error.issues[0]?.message}.`,
      );
    }
    try {
      await writeFileAtomic(this.file, `${JSON.stringify(parsed.data, null, 2)}\n`);
    } catch (error) {
      throw describeFsError(error, 'save the ticker');
    }
    return parsed.data;
  }

  private async getOrEmpty(): Promise<Ticker> {
    try {
      return await this.get();
    } catch (error) {
      // A damaged ticker has been moved aside by get(); saving starts a fresh one. Any other
      // failure to read leaves the file where it is, so nothing may be written over it.
      if (error instanceof TickerSetAsideError) return this.empty();
      throw error;
    }
  }

  private empty(): Ticker {
    return {
      schemaVersion: TICKER_SCHEMA_VERSION,
      revision: 0,
      updatedAt: this.now().toISOString(),
      items: [],
    };
  }

  private async setAside(): Promise<string> {
    const folder = path.join(this.root, 'damaged');
    await mkdir(folder, { recursive: true });
    if (!(await isOwnFolder(folder))) {
      throw new DatelineError(
        'io',
        'The damaged ticker file was left where it is: the library’s damaged folder is a link to another place.',
      );
    }
    const target = path.join(
      folder,
      `${this.now().toISOString().replace(/[:.]/g, '-')}-${TICKER_FILE}`,
    );
    await rename(this.file, target);
    return path.relative(this.root, target);
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
