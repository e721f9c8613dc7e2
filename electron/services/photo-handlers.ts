// The photo methods of the contract: keep a photo, say what it holds, show it at screen size.
import type { ApiContext, Handlers } from './api-handlers';
import { MediaStore } from './media/media-store';
import { PhotoSizes } from './media/renditions';
import { fullRenditions } from '../../shared/photos/renditions';

/** The widest size the editor and the preview are sent. */
const DISPLAY_WIDTH = 1200;

type PhotoHandlers = Pick<Handlers, 'addPhoto' | 'describePhoto' | 'readPhoto'>;

export function createPhotoHandlers(context: Pick<ApiContext, 'library'>): PhotoHandlers {
  const media = () => new MediaStore(context.library().root);
  return {
    addPhoto: async ({ name, data }) => media().add(name, Buffer.from(data, 'base64')),
    describePhoto: async ({ hash }) => media().facts(hash),
    readPhoto: async ({ hash }) => {
      const store = media();
      const facts = await store.facts(hash);
      const photo = { ...facts, alt: '', caption: '', credit: '' };
      const size = fullRenditions(photo)
        .filter((rendition) => rendition.format === 'webp')
        .filter((rendition) => rendition.width <= DISPLAY_WIDTH)
        .pop()!;
      const bytes = await new PhotoSizes(store).read(photo, size);
      return {
        mimeType: 'image/webp',
        data: bytes.toString('base64'),
        width: size.width,
        height: size.height,
      };
    },
  };
}
