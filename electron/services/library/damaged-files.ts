// Article files that cannot be read are moved into the library's damaged/ folder, so the rest of
// the library loads; only files of articles/ and trash/ are moved, and never out of the library.
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { LibraryProblem } from '../../../shared/api/contract';
import { DatelineError } from '../../../shared/api/errors';
import { syncFolder } from '../atomic-write';
import { insideLibrary, isOwnFolder } from '../library-files';

export const ARTICLES = 'articles';
export const TRASH = 'trash';
const DAMAGED = 'damaged';

export class DamagedFiles {
  private readonly found: LibraryProblem[] = [];

  constructor(
    private readonly root: string,
    private readonly now: () => Date,
  ) {}

  /** Every file set aside since the library was opened. */
  get problems(): LibraryProblem[] {
    return [...this.found];
  }

  /** Moves `file` aside and answers the error that tells the reporter why and where it went. */
  async setAside(file: string, reason: string): Promise<DatelineError> {
    const movedTo = await this.move(file);
    this.found.push({ file: path.relative(this.root, file), reason, movedTo });
    return new DatelineError(
      'io',
      `The article file ${path.basename(file)} could not be read because ${reason}. It was moved to ${movedTo}.`,
      { reason: 'article-damaged', values: { file: path.basename(file), movedTo } },
    );
  }

  /** Only a file of the library's own folders is moved, and only into its own damaged/ folder. */
  private async move(file: string): Promise<string> {
    const from = path.relative(this.root, file).split(path.sep);
    if (from.length !== 2 || ![ARTICLES, TRASH].includes(from[0]!)) {
      throw new DatelineError('io', 'Only files in the library’s own folders are moved aside.');
    }
    insideLibrary(this.root, ...from);
    const folder = path.join(this.root, DAMAGED);
    await mkdir(folder, { recursive: true });
    if (!(await isOwnFolder(folder))) {
      throw new DatelineError(
        'io',
        'The library’s damaged folder is a link to another place, so nothing was moved into it.',
      );
    }
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const target = path.join(folder, `${stamp}-${path.basename(file)}`);
    await rename(file, target);
    await syncFolder(path.dirname(file));
    return path.relative(this.root, target);
  }
}
