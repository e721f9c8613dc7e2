// What the page's head says about its lead photo: Open Graph and Twitter cards take the 16:9
// crop, JSON-LD lists the three crops Google asks for (16:9, 4:3, 1:1). Each needs an absolute
// address, so they are written only when the page's own address on the site is known.
import type { PhotoRef } from '../photos/photo-ref';
import { CROP_NAMES, PHOTO_FOLDER, cropRendition } from '../photos/renditions';

export interface LeadPhotoFacts {
  photo: PhotoRef;
  /** The page's address on the site; the photos folder is beside it. */
  pageUrl: string;
}

const absolute = (file: string, pageUrl: string): string =>
  new URL(`${PHOTO_FOLDER}/${file}`, pageUrl).href;

/** [property or name, key, content] of each <meta> the lead photo adds. */
export function leadPhotoMeta(lead: LeadPhotoFacts): ['property' | 'name', string, string][] {
  const wide = cropRendition(lead.photo, '16x9');
  const url = absolute(wide.file, lead.pageUrl);
  const alt = lead.photo.alt.trim();
  return [
    ['property', 'og:image', url],
    ['property', 'og:image:type', 'image/jpeg'],
    ['property', 'og:image:width', String(wide.width)],
    ['property', 'og:image:height', String(wide.height)],
    ...(alt ? [['property', 'og:image:alt', alt] as ['property', string, string]] : []),
    ['name', 'twitter:image', url],
    ...(alt ? [['name', 'twitter:image:alt', alt] as ['name', string, string]] : []),
  ];
}

/** JSON-LD's `image`: the crops' addresses, widest ratio first. */
export function leadPhotoJsonLd(lead: LeadPhotoFacts): string[] {
  return CROP_NAMES.map((crop) => absolute(cropRendition(lead.photo, crop).file, lead.pageUrl));
}
