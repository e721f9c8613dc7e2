// A Word document's pictures as the import worker hands them over: bytes and type, named in the
// body by their place until the host keeps them as photos. No image library here: the worker
// that reads documents loads none.

/** A picture as mammoth read it from the document. */
export interface DocumentImage {
  contentType: string;
  /** base64 */
  data: string;
}

export const PENDING_PREFIX = 'pending-';

/** The pictures a page read in the import worker carries beside its fields, if any. */
export function documentImages(page: object): DocumentImage[] {
  const images = (page as { images?: unknown }).images;
  return Array.isArray(images) ? (images as DocumentImage[]) : [];
}
