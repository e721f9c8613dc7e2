// Puts the web sizes of the photos an export's pages show into photos/ beside them: each size
// made once (or taken from the size cache) and copied once, however many pages show the photo.
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Article } from '../../../shared/article';
import { DatelineError } from '../../../shared/api/errors';
import { bodyPhotos, type PhotoRef } from '../../../shared/photos/photo-ref';
import { PHOTO_FOLDER, photoRenditions, type Rendition } from '../../../shared/photos/renditions';
import { syncFolder } from '../atomic-write';
import { MediaStore } from './media-store';
import { PhotoSizes } from './renditions';

export interface PhotoExport {
  /** Files written, relative to the export folder. */
  written: string[];
  /** Sizes made now rather than taken from the cache. */
  made: number;
  /** Articles whose photos could not be written, and why. */
  failed: { articleId: string; reason: string }[];
}

/** Each photo the articles show, with every size its pages name, once. */
export function photosOf(articles: readonly Pick<Article, 'id' | 'leadPhoto' | 'body'>[]) {
  const photos = new Map<
    string,
    { photo: PhotoRef; sizes: Map<string, Rendition>; articleIds: string[] }
  >();
  const add = (articleId: string, photo: PhotoRef, lead: boolean) => {
    let entry = photos.get(photo.hash);
    if (!entry) photos.set(photo.hash, (entry = { photo, sizes: new Map(), articleIds: [] }));
    entry.articleIds.push(articleId);
    for (const size of photoRenditions(photo, lead)) entry.sizes.set(size.file, size);
  };
  for (const article of articles) {
    if (article.leadPhoto) add(article.id, article.leadPhoto, true);
    for (const photo of bodyPhotos(article.body)) add(article.id, photo, false);
  }
  return photos;
}

export async function writeExportPhotos(
  libraryRoot: string,
  folder: string,
  articles: readonly Pick<Article, 'id' | 'leadPhoto' | 'body'>[],
  pause: () => Promise<void> = async () => undefined,
): Promise<PhotoExport> {
  const outcome: PhotoExport = { written: [], made: 0, failed: [] };
  const photos = photosOf(articles);
  if (photos.size === 0) return outcome;
  const sizes = new PhotoSizes(new MediaStore(libraryRoot));
  const target = path.join(folder, PHOTO_FOLDER);
  await mkdir(target, { recursive: true });
  for (const { photo, sizes: wanted, articleIds } of photos.values()) {
    await pause();
    try {
      outcome.made += await sizes.ensure(photo, [...wanted.values()]);
    } catch (error) {
      const reason =
        error instanceof DatelineError && error.code === 'not-found'
          ? 'One of its photos is not in this library.'
          : `One of its photos could not be made ready for the web: ${(error as Error).message}`;
      for (const articleId of new Set(articleIds)) outcome.failed.push({ articleId, reason });
      continue;
    }
    for (const size of wanted.values()) {
      const file = path.join(target, size.file);
      const temp = path.join(target, `.${size.file}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await copyFile(sizes.fileOf(size), temp);
        await rename(temp, file);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      outcome.written.push(`${PHOTO_FOLDER}/${size.file}`);
    }
  }
  await syncFolder(target);
  return outcome;
}
