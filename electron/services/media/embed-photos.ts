// A page exported on its own is one file, so its photos go inside it: each as one JPEG, 1,200 px
// wide at most, made (or taken from the size cache) like every web size, with no metadata.
import type { Article } from '../../../shared/article';
import type { PhotoLinks } from '../../../shared/export/photo-html';
import { articlePhotos } from '../../../shared/photos/photo-ref';
import { fullRenditions } from '../../../shared/photos/renditions';
import { MediaStore } from './media-store';
import { notExported, photoFailure } from './photo-failure';
import { PhotoSizes } from './renditions';

const INSIDE_WIDTH = 1200;

/** Links for the page's photos as data: images; undefined for an article without photos. */
export async function embeddedPhotoLinks(
  libraryRoot: string,
  article: Pick<Article, 'leadPhoto' | 'body'>,
): Promise<PhotoLinks | undefined> {
  const photos = articlePhotos(article);
  if (photos.length === 0) return undefined;
  const sizes = new PhotoSizes(new MediaStore(libraryRoot));
  const inside = new Map<string, string>();
  for (const photo of photos) {
    if (inside.has(photo.hash)) continue;
    const size = fullRenditions(photo)
      .filter((rendition) => rendition.format === 'jpeg' && rendition.width <= INSIDE_WIDTH)
      .pop()!;
    const bytes = await sizes.read(photo, size).catch((error: unknown) => {
      throw notExported(photoFailure(photo, error));
    });
    inside.set(photo.hash, `data:image/jpeg;base64,${bytes.toString('base64')}`);
  }
  return { display: (hash) => inside.get(hash) };
}
