// The article's photos as ninjs 2.1 associations: one picture item per photo, named
// "featureimage" for the lead and "picture1", "picture2"... for the body's, each with its
// caption, alt text, credit and web sizes. Addresses are on the site when it is known, else
// beside the item, as an edition writes them.
import type { Article } from '../article';
import { articlePhotos, bodyPhotos, type PhotoRef } from '../photos/photo-ref';
import { PHOTO_FOLDER, WEB_MIME, photoRenditions } from '../photos/renditions';

export interface NinjsAssociation {
  name: string;
  uri: string;
  type: 'picture';
  representationtype: 'full';
  by?: string;
  descriptions?: { role: string; contenttype: string; value: string }[];
  renditions: { name: string; href: string; contenttype: string; width: number; height: number }[];
}

function association(photo: PhotoRef, name: string, lead: boolean, pageUrl?: string) {
  const href = (file: string) =>
    pageUrl ? new URL(`${PHOTO_FOLDER}/${file}`, pageUrl).href : `${PHOTO_FOLDER}/${file}`;
  const descriptions = [
    ...(photo.caption.trim() ? [{ role: 'caption', value: photo.caption.trim() }] : []),
    ...(photo.alt.trim() ? [{ role: 'alt', value: photo.alt.trim() }] : []),
  ].map((description) => ({ ...description, contenttype: 'text/plain' }));
  const item: NinjsAssociation = {
    name,
    uri: `urn:dateline:photo:${photo.hash}`,
    type: 'picture',
    representationtype: 'full',
    ...(photo.credit.trim() ? { by: photo.credit.trim() } : {}),
    ...(descriptions.length > 0 ? { descriptions } : {}),
    renditions: photoRenditions(photo, lead).map((size) => ({
      name: `${size.crop}-${size.width}-${size.format}`,
      href: href(size.file),
      contenttype: WEB_MIME[size.format],
      width: size.width,
      height: size.height,
    })),
  };
  return item;
}

/** The associations, or undefined for an article without photos. */
export function ninjsAssociations(
  article: Pick<Article, 'leadPhoto' | 'body'>,
  pageUrl?: string,
): NinjsAssociation[] | undefined {
  if (articlePhotos(article).length === 0) return undefined;
  const lead = article.leadPhoto
    ? [association(article.leadPhoto, 'featureimage', true, pageUrl)]
    : [];
  const body = bodyPhotos(article.body).map((photo, index) =>
    association(photo, `picture${index + 1}`, false, pageUrl),
  );
  return [...lead, ...body];
}
