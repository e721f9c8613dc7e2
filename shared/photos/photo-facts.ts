// What the library says of a photo it keeps: its size and what its own metadata gives away.
import type { PhotoFormat } from './photo-ref';

export interface PhotoPrivacy {
  /** The photo holds a place (EXIF GPS or XMP GPS). */
  gps: boolean;
  /** The camera's make and model, when the photo names them. */
  camera?: string;
  exif: boolean;
  xmp: boolean;
  iptc: boolean;
}

export interface PhotoFacts {
  hash: string;
  format: PhotoFormat;
  /** Pixels once the camera's orientation is applied. */
  width: number;
  height: number;
  bytes: number;
  privacy: PhotoPrivacy;
}

/** A size of a photo for the editor and the preview to show. */
export interface PhotoDisplay {
  mimeType: string;
  /** base64 */
  data: string;
  width: number;
  height: number;
}
