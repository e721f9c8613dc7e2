// Puts the web sizes of the photos an export's files show into photos/ beside them: each size
// made once (or taken from the size cache) and copied once, however many files show the photo.
// Different photos are made at the same time, a few at once (see PHOTOS_AT_ONCE).
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../../shared/article';
import { bodyPhotos, type PhotoRef } from '../../../shared/photos/photo-ref';
import { PHOTO_FOLDER, photoRenditions, type Rendition } from '../../../shared/photos/renditions';
import { syncFolder } from '../atomic-write';
import { inParallel } from './in-parallel';
import { MediaStore } from './media-store';
import { photoFailure } from './photo-failure';
import { PhotoSizes } from './renditions';

/**
 * Photos made at once: one per core, at most three. sharp runs on libuv's pool of four threads,
 * which every file read and write shares too; three leaves one free, so saving an article never
 * waits behind the photos. Each photo in flight holds its original and its pixels at the widest
 * size wanted, so memory grows with this number, not with the edition.
 */
export const PHOTOS_AT_ONCE = Math.max(1, Math.min(os.availableParallelism(), 3));

export interface PhotoExport {
  /** Files written, relative to the export folder. */
  written: string[];
  /** Sizes made now rather than taken from the cache. */
  made: number;
  /** Articles whose photos could not be written, and why. */
  failed: { articleId: string; reason: string }[];
}

export interface PhotoExportOptions {
  /** Whether an exported file names this size's file; every size is written by default. */
  named?: (file: string) => boolean;
  /** Write nothing unless every photo could be made: a single article's export. */
  allOrNothing?: boolean;
  /** Photos made at once; PHOTOS_AT_ONCE by default. */
  atOnce?: number;
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
  options: PhotoExportOptions = {},
): Promise<PhotoExport> {
  const outcome: PhotoExport = { written: [], made: 0, failed: [] };
  const named = options.named ?? (() => true);
  const photos = [...photosOf(articles).values()]
    .map((entry) => ({ ...entry, sizes: [...entry.sizes.values()].filter((s) => named(s.file)) }))
    .filter((entry) => entry.sizes.length > 0);
  if (photos.length === 0) return outcome;
  const sizes = new PhotoSizes(new MediaStore(libraryRoot));
  const results = await inParallel(photos, options.atOnce ?? PHOTOS_AT_ONCE, async (entry) => {
    await pause();
    try {
      return { made: await sizes.ensure(entry.photo, entry.sizes) };
    } catch (error) {
      return { reason: photoFailure(entry.photo, error) };
    }
  });
  photos.forEach(({ articleIds }, index) => {
    const { reason } = results[index]!;
    if (reason === undefined) return;
    for (const articleId of new Set(articleIds)) outcome.failed.push({ articleId, reason });
  });
  if (options.allOrNothing && outcome.failed.length > 0) return outcome;

  const target = path.join(folder, PHOTO_FOLDER);
  await mkdir(target, { recursive: true });
  for (const [index, entry] of photos.entries()) {
    const result = results[index]!;
    if (result.reason !== undefined) continue;
    outcome.made += result.made ?? 0;
    for (const size of entry.sizes) {
      await copyAtomic(sizes.fileOf(size), path.join(target, size.file));
      outcome.written.push(`${PHOTO_FOLDER}/${size.file}`);
    }
  }
  await syncFolder(target);
  return outcome;
}

async function copyAtomic(from: string, to: string): Promise<void> {
  const temp = path.join(
    path.dirname(to),
    `.${path.basename(to)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    await copyFile(from, temp);
    await rename(temp, to);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
