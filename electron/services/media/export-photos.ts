// Puts the web sizes of the photos an export's files show into photos/ beside them: only the
// sizes a file names, each made once (or taken from the size cache) and copied once, however
// many files show the photo. Different photos are made at the same time, a few at once (see
// PHOTOS_AT_ONCE), while the files that show them wait their turn.
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { DatelineError } from '../../../shared/api/errors';
import type { Article } from '../../../shared/article';
import { bodyPhotos, type PhotoRef } from '../../../shared/photos/photo-ref';
import { PHOTO_FOLDER, photoRenditions, type Rendition } from '../../../shared/photos/renditions';
import { syncFolder } from '../atomic-write';
import { limitTo } from './in-parallel';
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

/** What the photo export reads of an article: its photos, not its text. */
export type PhotoSource = Pick<Article, 'id' | 'leadPhoto' | 'body'>;

/** The sizes a file names: its text holds `photos/<size's file>`, on the site or beside it. */
export const namedIn =
  (content: string) =>
  (file: string): boolean =>
    content.includes(`${PHOTO_FOLDER}/${file}`);

/** An article's photos: the sizes to copy beside its file, or why one could not be made. */
export type ArticlePhotos = { sizes: Rendition[] } | { failure: DatelineError };

export interface PhotoExport {
  /** Files written, relative to the export folder. */
  written: string[];
  /** Sizes made now rather than taken from the cache. */
  made: number;
  /** Articles whose photos could not be written, and why. */
  failed: { articleId: string; failure: DatelineError }[];
}

export interface PhotoExportOptions {
  /** Whether an exported file names this size's file; every size is written by default. */
  named?: (file: string) => boolean;
  /** Write nothing unless every photo could be made: a single article's export. */
  allOrNothing?: boolean;
  /** Photos made at once; PHOTOS_AT_ONCE by default. */
  atOnce?: number;
}

/** Each photo the article shows, with every size that `named` names, once. */
function wantedSizes(article: PhotoSource, named: (file: string) => boolean) {
  const photos = new Map<string, { photo: PhotoRef; sizes: Map<string, Rendition> }>();
  const add = (photo: PhotoRef, lead: boolean) => {
    let entry = photos.get(photo.hash);
    if (!entry) photos.set(photo.hash, (entry = { photo, sizes: new Map() }));
    for (const size of photoRenditions(photo, lead)) {
      if (named(size.file)) entry.sizes.set(size.file, size);
    }
  };
  if (article.leadPhoto) add(article.leadPhoto, true);
  for (const photo of bodyPhotos(article.body)) add(photo, false);
  return [...photos.values()]
    .map(({ photo, sizes }) => ({ photo, sizes: [...sizes.values()] }))
    .filter((entry) => entry.sizes.length > 0);
}

/** Settles every size made so far: nothing is held for it but its name. */
const MADE: Promise<undefined> = Promise.resolve(undefined);

/**
 * The photos of one export folder, asked for file by file: `prepare` starts making a file's
 * sizes and answers once they are made, `place` copies them beside the file.
 */
export class ExportPhotos {
  /** Sizes made or being made, by file; each settles to the error that stopped it, if any. */
  private readonly making = new Map<string, Promise<unknown>>();
  private readonly placed = new Set<string>();
  private readonly sizes: PhotoSizes;
  private readonly gate: <R>(job: () => Promise<R>) => Promise<R>;
  private readonly target: string;
  private folderMade = false;
  /** Sizes made now rather than taken from the cache. */
  made = 0;

  constructor(
    libraryRoot: string,
    folder: string,
    private readonly pause: () => Promise<void> = async () => undefined,
    atOnce: number = PHOTOS_AT_ONCE,
  ) {
    this.sizes = new PhotoSizes(new MediaStore(libraryRoot));
    this.gate = limitTo(atOnce);
    this.target = path.join(folder, PHOTO_FOLDER);
  }

  /**
   * Starts making the sizes of the article's photos that `named` names, without waiting; the
   * answer comes once all are made, or says why the first that could not be was not.
   */
  prepare(article: PhotoSource, named: (file: string) => boolean): Promise<ArticlePhotos> {
    const wanted = wantedSizes(article, named);
    const made = wanted.map(({ photo, sizes }) =>
      this.make(photo, sizes).then((error) =>
        error === undefined ? undefined : photoFailure(photo, error),
      ),
    );
    return Promise.all(made).then((failures) => {
      const failure = failures.find((found) => found !== undefined);
      return failure ? { failure } : { sizes: wanted.flatMap((entry) => entry.sizes) };
    });
  }

  /** Copies the sizes into photos/, each file once whoever asks; answers the files written now. */
  async place(sizes: readonly Rendition[]): Promise<string[]> {
    const written: string[] = [];
    for (const size of sizes) {
      if (this.placed.has(size.file)) continue;
      if (!this.folderMade) {
        await mkdir(this.target, { recursive: true });
        this.folderMade = true;
      }
      await copyAtomic(this.sizes.fileOf(size), path.join(this.target, size.file));
      this.placed.add(size.file);
      written.push(`${PHOTO_FOLDER}/${size.file}`);
    }
    return written;
  }

  /** Waits for the photos still being made, then makes the copies in photos/ last. */
  async close(): Promise<void> {
    await Promise.all(this.making.values());
    if (this.folderMade) await syncFolder(this.target);
  }

  /** The sizes made, each once: a size asked for again waits for the same work. */
  private make(photo: PhotoRef, sizes: readonly Rendition[]): Promise<unknown> {
    const missing = sizes.filter((size) => !this.making.has(size.file));
    if (missing.length > 0) {
      const job = this.gate(async () => {
        await this.pause();
        // Counted once made: `made +=` before the await would lose the counts of photos made meanwhile.
        const made = await this.sizes.ensure(photo, missing);
        this.made += made;
      }).then(
        () => {
          for (const size of missing) this.making.set(size.file, MADE);
          return undefined;
        },
        (error: unknown) => error ?? new Error('The photo could not be made.'),
      );
      for (const size of missing) this.making.set(size.file, job);
    }
    return Promise.all(sizes.map((size) => this.making.get(size.file))).then((errors) =>
      errors.find((error) => error !== undefined),
    );
  }
}

/** The photos of whole files at once: a single article's export, or a list of articles'. */
export async function writeExportPhotos(
  libraryRoot: string,
  folder: string,
  articles: readonly PhotoSource[],
  pause?: () => Promise<void>,
  options: PhotoExportOptions = {},
): Promise<PhotoExport> {
  const photos = new ExportPhotos(libraryRoot, folder, pause, options.atOnce);
  const named = options.named ?? (() => true);
  const prepared = await Promise.all(articles.map((article) => photos.prepare(article, named)));
  const outcome: PhotoExport = { written: [], made: photos.made, failed: [] };
  prepared.forEach((result, index) => {
    if ('failure' in result) outcome.failed.push({ articleId: articles[index]!.id, ...result });
  });
  if (options.allOrNothing && outcome.failed.length > 0) return outcome;
  for (const result of prepared) {
    if ('sizes' in result) outcome.written.push(...(await photos.place(result.sizes)));
  }
  await photos.close();
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
