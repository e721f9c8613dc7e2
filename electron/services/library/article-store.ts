// The article files of articles/ and trash/: the one place an id becomes a path, reads that set a
// damaged file aside, and size-checked atomic writes and removals.
import { lstat, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RevisionOnDisk } from '../../../shared/api/contract';
import { DatelineError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/article';
import { isArticleId } from '../../../shared/ids';
import { keepNewest } from '../../../shared/keep-newest';
import { syncFolder, writeFileAtomic } from '../atomic-write';
import { describeFsError } from '../fs-errors';
import { insideLibrary, MAX_FILE_BYTES, readLibraryFile, type LibraryRead } from '../library-files';
import { parseArticleFileInSlices } from './article-parse';
import { ARTICLES, TRASH, type DamagedFiles } from './damaged-files';

export type ArticleFolder = typeof ARTICLES | typeof TRASH;

const GONE_FROM_LIBRARY =
  'That article is not in the library any more. It may have been moved to the trash.';

const articleGone = () =>
  new DatelineError('not-found', GONE_FROM_LIBRARY, { reason: 'article-gone' });

/** Articles this store wrote last whose text it keeps: those an open window saves every second. */
const KEPT_WRITES = 8;

/**
 * What identifies one state of a file: a write replaces the file (a new inode) and any change in
 * place moves its change time, so a file with the same stamp still holds what was written.
 */
async function stampOf(file: string): Promise<string | undefined> {
  try {
    const info = await lstat(file, { bigint: true });
    if (!info.isFile()) return undefined;
    return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch {
    return undefined;
  }
}

/** Freezes the article and everything in it, so the copy kept and the copies handed out agree. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) frozen(child);
  }
  return value;
}

export class ArticleStore {
  /**
   * The articles written last, by file, with the stamp each file had just after the write. An
   * autosave reads the file it wrote a second ago: while the stamp is unchanged, nothing else
   * has touched the file, and the article is taken from here instead of read and checked again.
   */
  private readonly written = new Map<string, { stamp: string; article: Article }>();

  constructor(
    readonly root: string,
    private readonly damaged: DamagedFiles,
  ) {}

  /** The one place an id becomes a path: only an article id, only inside the library. */
  file(folder: ArticleFolder, id: string): string {
    if (!isArticleId(id)) {
      throw new DatelineError(
        'invalid-input',
        'That is not an article id of this library, so nothing was read or changed.',
      );
    }
    return insideLibrary(this.root, folder, `${id}.json`);
  }

  async exists(folder: ArticleFolder, id: string): Promise<boolean> {
    return stat(this.file(folder, id)).then(
      () => true,
      () => false,
    );
  }

  /** The article; a file that cannot be read is set aside and said so. */
  async read(folder: ArticleFolder, id: string): Promise<Article> {
    const file = this.file(folder, id);
    const kept = await this.keptWrite(file);
    if (kept) return kept;
    try {
      return await this.parseOrSetAside(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw folder === TRASH
          ? new DatelineError('not-found', 'That article is not in the trash any more.', {
              reason: 'not-in-trash',
            })
          : articleGone();
      }
      throw describeFsError(error, 'open the article');
    }
  }

  private async parseOrSetAside(file: string): Promise<Article> {
    const read = await readLibraryFile(file);
    if ('refused' in read) throw await this.damaged.setAside(file, read.refused);
    const parsed = await parseArticleFileInSlices(read.text, path.basename(file));
    if ('article' in parsed) return parsed.article;
    throw await this.damaged.setAside(file, parsed.reason);
  }

  async write(folder: ArticleFolder, article: Article, action: string): Promise<void> {
    const text = `${JSON.stringify(article, null, 2)}\n`;
    // What could not be read back is not written.
    if (Buffer.byteLength(text) > MAX_FILE_BYTES) {
      throw new DatelineError(
        'invalid-input',
        `Could not ${action}: it would take more than ${MAX_FILE_BYTES / 1024 / 1024} MB on disk, the most an article file may hold.`,
        { reason: 'article-too-large', values: { limit: `${MAX_FILE_BYTES / 1024 / 1024} MB` } },
      );
    }
    const file = this.file(folder, article.id);
    this.written.delete(file);
    try {
      await writeFileAtomic(file, text);
    } catch (error) {
      throw describeFsError(error, action);
    }
    await this.keep(file, article);
  }

  /** The article this store last wrote to `file`, if the file is still as that write left it. */
  private async keptWrite(file: string): Promise<Article | undefined> {
    const kept = this.written.get(file);
    if (!kept) return undefined;
    if ((await stampOf(file)) === kept.stamp) return kept.article;
    this.written.delete(file);
    return undefined;
  }

  private async keep(file: string, article: Article): Promise<void> {
    const stamp = await stampOf(file);
    if (!stamp) return;
    keepNewest(this.written, file, { stamp, article: frozen(article) }, KEPT_WRITES);
  }

  /** Removes the file and makes the removal durable; `force` ignores a file already gone. */
  async remove(folder: ArticleFolder, id: string, action: string, force = false): Promise<void> {
    this.written.delete(this.file(folder, id));
    try {
      await rm(this.file(folder, id), { force });
      await syncFolder(path.join(this.root, folder));
    } catch (error) {
      throw describeFsError(error, action);
    }
  }

  /** The revision of the article's file as it is on disk now, without setting anything aside. */
  async revisionOnDisk(id: string): Promise<RevisionOnDisk> {
    const kept = await this.keptWrite(this.file(ARTICLES, id));
    if (kept) return { revision: kept.revision, updatedAt: kept.updatedAt };
    let read: LibraryRead;
    try {
      read = await readLibraryFile(this.file(ARTICLES, id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw articleGone();
      }
      throw describeFsError(error, 'check the article');
    }
    if ('refused' in read) {
      throw new DatelineError('io', `The article file could not be read because ${read.refused}.`);
    }
    try {
      const { revision, updatedAt } = JSON.parse(read.text) as {
        revision?: unknown;
        updatedAt?: unknown;
      };
      return {
        revision: typeof revision === 'number' ? revision : null,
        updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
      };
    } catch {
      // Being written by a tool that does not write atomically: looked at again later.
      return { revision: null, updatedAt: null };
    }
  }
}
