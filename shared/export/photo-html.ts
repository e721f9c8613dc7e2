// A photo on the exported page: <figure> with a <picture> of its web sizes (WebP, then JPEG),
// width and height so nothing moves while it loads, lazy loading below the lead, and the caption
// with the credit. The preview shows the host's one display size instead.
import type { PhotoRef } from '../photos/photo-ref';
import { PHOTO_FOLDER, WEB_MIME, fullRenditions, type Rendition } from '../photos/renditions';
import { escapeAttribute, escapeText } from './escape';

/** Where a page finds its photos. */
export interface PhotoLinks {
  /** The address of a size's file, relative to the page; `photos/<file>` by default. */
  file?: (file: string) => string;
  /** In the preview: the one address the host serves the photo at, or undefined until it has. */
  display?: (hash: string) => string | undefined;
}

/** The page's column is 42rem wide; narrower screens show the photo edge to edge. */
export const PHOTO_SIZES = '(min-width: 44rem) 42rem, 100vw';
/** The JPEG an old browser loads when it understands neither srcset nor WebP. */
const FALLBACK_WIDTH = 1200;

export const photoFileHref = (links: PhotoLinks | undefined, file: string): string =>
  links?.file ? links.file(file) : `${PHOTO_FOLDER}/${file}`;

const srcset = (sizes: Rendition[], links: PhotoLinks | undefined) =>
  sizes.map((size) => `${photoFileHref(links, size.file)} ${size.width}w`).join(', ');

function pictureHtml(photo: PhotoRef, lead: boolean, links: PhotoLinks | undefined): string {
  const alt = escapeAttribute(photo.alt.trim());
  const box = `width="${photo.width}" height="${photo.height}"`;
  const loading = lead ? '' : ' loading="lazy"';
  if (links?.display) {
    const src = links.display(photo.hash);
    return src
      ? `<img src="${escapeAttribute(src)}" alt="${alt}" ${box}>`
      : `<span class="photo-loading" role="img" aria-label="${alt}"></span>`;
  }
  const sizes = fullRenditions(photo);
  const of = (format: 'webp' | 'jpeg') => sizes.filter((size) => size.format === format);
  const jpegs = of('jpeg');
  const fallback = jpegs.filter((size) => size.width <= FALLBACK_WIDTH).pop() ?? jpegs[0]!;
  return [
    '<picture>',
    `<source type="${WEB_MIME.webp}" srcset="${escapeAttribute(srcset(of('webp'), links))}" sizes="${PHOTO_SIZES}">`,
    `<img src="${escapeAttribute(photoFileHref(links, fallback.file))}" srcset="${escapeAttribute(srcset(jpegs, links))}" sizes="${PHOTO_SIZES}" alt="${alt}" ${box}${loading} decoding="async">`,
    '</picture>',
  ].join('');
}

/** The figure of one photo; `lead` is the photo above the story, which loads at once. */
export function renderPhotoFigure(
  photo: PhotoRef,
  options: { lead: boolean; links?: PhotoLinks },
): string {
  const caption = photo.caption.trim();
  const credit = photo.credit.trim();
  const words = [
    caption ? escapeText(caption) : '',
    credit ? `<span class="photo-credit">${escapeText(credit)}</span>` : '',
  ].filter(Boolean);
  return [
    `<figure class="${options.lead ? 'photo lead-photo' : 'photo'}">`,
    pictureHtml(photo, options.lead, options.links),
    words.length > 0 ? `<figcaption>${words.join(' ')}</figcaption>` : '',
    '</figure>',
  ].join('');
}

export const PHOTO_CSS = `
.photo {
  margin: 1.5rem 0;
}
.photo img,
.photo .photo-loading {
  display: block;
  width: 100%;
  height: auto;
  background: var(--rule);
}
.photo .photo-loading {
  aspect-ratio: 3 / 2;
}
.photo figcaption {
  margin-top: 0.4rem;
  font-family: var(--sans);
  font-size: 0.9rem;
  color: var(--muted);
}
.photo-credit {
  font-size: 0.8rem;
  text-transform: uppercase;
  letter-spacing: 0.03em;
}
`;
