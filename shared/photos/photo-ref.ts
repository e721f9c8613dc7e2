// A photo as an article holds it: the original's content hash (the library keeps the bytes once,
// in media/<hash>.<ext>) with its size, and the words that go with it on the page.
import { z } from 'zod';
import type { ArticleBody, TipTapNode } from '../article';

/** The formats a photo may come in; anything that can carry a script (SVG) is not one. */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export const PhotoFormatSchema = z.enum(PHOTO_FORMATS);
export type PhotoFormat = z.infer<typeof PhotoFormatSchema>;

export const isPhotoFormat = (format: string): format is PhotoFormat =>
  (PHOTO_FORMATS as readonly string[]).includes(format);

/** The file ending each format is stored under. */
export const PHOTO_EXTENSIONS: Record<PhotoFormat, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  avif: 'avif',
};

const HASH = /^[0-9a-f]{64}$/;

/** A sha-256 of the original's bytes, in lowercase hex: the only way to name a photo. */
export const PhotoHashSchema = z.string().regex(HASH, 'a photo is named by a sha-256 hash');

export function isPhotoHash(value: unknown): value is string {
  return typeof value === 'string' && HASH.test(value);
}

const size = z.number().int().min(1).max(1_000_000);
const focus = z.number().min(0).max(1);

export const PhotoRefSchema = z.object({
  hash: PhotoHashSchema,
  format: PhotoFormatSchema,
  /** Pixels once the camera's orientation is applied. */
  width: size,
  height: size,
  alt: z.string().max(1_000),
  caption: z.string().max(2_000),
  credit: z.string().max(300),
  /** Where the crops centre, from 0 (left, top) to 1; the middle when unset. */
  focusX: focus.optional(),
  focusY: focus.optional(),
});
export type PhotoRef = z.infer<typeof PhotoRefSchema>;

/** The body's photo node is named this; its attributes are a PhotoRef without the focus. */
export const FIGURE_NODE = 'figure';

/** The photo a body figure names, or undefined when its attributes are not a sound reference. */
export function photoOfFigure(attrs: Record<string, unknown> | undefined): PhotoRef | undefined {
  const parsed = PhotoRefSchema.safeParse(attrs ?? {});
  return parsed.success ? parsed.data : undefined;
}

/** Every photo of the body's figures, in reading order. */
export function bodyPhotos(body: ArticleBody): PhotoRef[] {
  const found: PhotoRef[] = [];
  const visit = (node: TipTapNode) => {
    if (node.type === FIGURE_NODE) {
      const photo = photoOfFigure(node.attrs);
      if (photo) found.push(photo);
      return;
    }
    for (const child of node.content ?? []) visit(child);
  };
  for (const node of body.content ?? []) visit(node);
  return found;
}

/** The lead photo first, then the body's, as a page shows them. */
export function articlePhotos(article: { leadPhoto?: PhotoRef; body: ArticleBody }): PhotoRef[] {
  return [...(article.leadPhoto ? [article.leadPhoto] : []), ...bodyPhotos(article.body)];
}
