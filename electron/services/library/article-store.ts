// The article files of articles/ and trash/: the one place an id becomes a path, reads that set a
// damaged file aside, and size-checked atomic writes and removals.
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RevisionOnDisk } from '../../../shared/api/contract';
import { DatelineError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/article';
import { isArticleId } from '../../../shared/ids';
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

export class ArticleStore {
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
    try {
      await writeFileAtomic(this.file(folder, article.id), text);
    } catch (error) {
      throw describeFsError(error, action);
    }
  }

  /** Removes the file and makes the removal durable; `force` ignores a file already gone. */
  async remove(folder: ArticleFolder, id: string, action: string, force = false): Promise<void> {
    try {
      await rm(this.file(folder, id), { force });
      await syncFolder(path.join(this.root, folder));
    } catch (error) {
      throw describeFsError(error, action);
    }
  }

  /** The revision of the article's file as it is on disk now, without setting anything aside. */
  async revisionOnDisk(id: string): Promise<RevisionOnDisk> {
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
