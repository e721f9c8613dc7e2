// Which web sizes export makes of a photo, and what their files are called. Pure, so the page
// that names the files and the host that writes them always agree.
//
// Widths 480, 800, 1200 and 1600 cover a phone at 1x to a wide screen at 2x in the page's 40rem
// column. Each in WebP (every current browser) with a JPEG fallback (everything else); AVIF is
// left out because it takes several times as long to encode for a few per cent fewer bytes, and
// an edition of a thousand photos must export in minutes on a reporter's laptop. The three
// crops search engines and social networks ask for are JPEG at 1200 px wide.
import { PHOTO_EXTENSIONS, type PhotoRef } from './photo-ref';

export const WEB_WIDTHS = [480, 800, 1200, 1600] as const;
export const WEB_FORMATS = ['webp', 'jpeg'] as const;
export type WebFormat = (typeof WEB_FORMATS)[number];

export const CROPS = {
  '16x9': [16, 9],
  '4x3': [4, 3],
  '1x1': [1, 1],
} as const;
export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[];
export const CROP_WIDTH = 1200;

/** The folder beside an edition's pages that holds the photos. */
export const PHOTO_FOLDER = 'photos';

export const WEB_MIME: Record<WebFormat, string> = { webp: 'image/webp', jpeg: 'image/jpeg' };

export interface Rendition {
  hash: string;
  width: number;
  height: number;
  format: WebFormat;
  /** 'full' keeps the photo's own shape; a crop name cuts it around the focal point. */
  crop: 'full' | CropName;
  /** The file name, the same in the edition's photos/ folder and in the size cache. */
  file: string;
}

/** The widths made of a photo `width` pixels wide: never wider than the original. */
export function webWidths(width: number): number[] {
  const fitting = WEB_WIDTHS.filter((w) => w < width);
  return fitting.length < WEB_WIDTHS.length ? [...fitting, width] : fitting;
}

const heightAt = (photo: Pick<PhotoRef, 'width' | 'height'>, width: number) =>
  Math.max(1, Math.round((photo.height * width) / photo.width));

const fileName = (hash: string, width: number, crop: string, format: WebFormat) =>
  `${hash}-${width}-${crop}.${PHOTO_EXTENSIONS[format]}`;

/** The photo's full-shape sizes, narrowest first, in every web format. */
export function fullRenditions(photo: PhotoRef): Rendition[] {
  return webWidths(photo.width).flatMap((width) =>
    WEB_FORMATS.map((format) => ({
      hash: photo.hash,
      width,
      height: heightAt(photo, width),
      format,
      crop: 'full' as const,
      file: fileName(photo.hash, width, 'full', format),
    })),
  );
}

/** The part of the photo a crop keeps, in the photo's own pixels, centred on its focal point. */
export function cropBox(
  photo: Pick<PhotoRef, 'width' | 'height' | 'focusX' | 'focusY'>,
  crop: CropName,
): { left: number; top: number; width: number; height: number } {
  const [rw, rh] = CROPS[crop];
  const { width: w, height: h } = photo;
  const width = Math.min(w, Math.round((h * rw) / rh));
  const height = Math.min(h, Math.round((w * rh) / rw));
  const place = (focus: number | undefined, keep: number, whole: number) =>
    Math.min(whole - keep, Math.max(0, Math.round((focus ?? 0.5) * whole - keep / 2)));
  return {
    left: place(photo.focusX, width, w),
    top: place(photo.focusY, height, h),
    width,
    height,
  };
}

/** The JPEG crop in one ratio, as wide as CROP_WIDTH or the crop itself if narrower. */
export function cropRendition(photo: PhotoRef, crop: CropName): Rendition {
  const box = cropBox(photo, crop);
  const width = Math.min(CROP_WIDTH, box.width);
  const [rw, rh] = CROPS[crop];
  // The focal point is part of the name, so moving it makes new crops rather than reusing old.
  const focus = `${Math.round((photo.focusX ?? 0.5) * 1000)}x${Math.round((photo.focusY ?? 0.5) * 1000)}`;
  return {
    hash: photo.hash,
    width,
    height: Math.max(1, Math.round((width * rh) / rw)),
    format: 'jpeg',
    crop,
    file: fileName(photo.hash, width, `${crop}-${focus}`, 'jpeg'),
  };
}

/** Every file export makes of a photo: the full sizes and, for a lead photo, the crops. */
export function photoRenditions(photo: PhotoRef, lead: boolean): Rendition[] {
  return [
    ...fullRenditions(photo),
    ...(lead ? CROP_NAMES.map((c) => cropRendition(photo, c)) : []),
  ];
}
