// The photos of files already written into a folder (an edition's fragments or ninjs items, which
// an edition writes without them): exactly the photo files those files name, in photos/ beside them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EditionFile } from '../../../shared/api/contract';
import type { Article } from '../../../shared/article';
import { PHOTO_FOLDER } from '../../../shared/photos/renditions';
import type { Library } from '../library';
import { writeExportPhotos, type PhotoExport } from './export-photos';

export async function writeNamedPhotos(
  library: Library,
  folder: string,
  written: readonly EditionFile[],
): Promise<PhotoExport> {
  const articles: Article[] = [];
  const contents: string[] = [];
  for (const { file, articleId } of written) {
    if (articleId === undefined) continue;
    articles.push(await library.get(articleId));
    contents.push(await readFile(path.join(folder, file), 'utf8'));
  }
  return writeExportPhotos(library.root, folder, articles, undefined, {
    named: (file) => contents.some((content) => content.includes(`${PHOTO_FOLDER}/${file}`)),
  });
}
