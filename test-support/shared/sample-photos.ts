// Photo references for export tests and gates: a lead photo and a body photo named by made-up
// hashes, with the words a page writes around them. The pages never need the files themselves.
import type { PhotoRef } from '../../shared/photos/photo-ref';

export const LEAD_PHOTO: PhotoRef = {
  hash: 'c'.repeat(64),
  format: 'jpeg',
  width: 4000,
  height: 3000,
  alt: 'Farmers carry a solar panel across a dry paddy near the Sangkae river',
  caption: 'Farmers move the first panel into place.',
  credit: 'Sok Chan',
  focusX: 0.3,
  focusY: 0.6,
};

export const BODY_PHOTO: PhotoRef = {
  hash: 'd'.repeat(64),
  format: 'png',
  width: 1000,
  height: 750,
  alt: 'A chart of diesel prices rising through the dry season',
  caption: 'Diesel prices in Battambang, 2024–2025.',
  credit: '',
};

/** The body node of a photo, as the editor stores it. */
export const figureNode = (photo: PhotoRef) => {
  const { focusX: _x, focusY: _y, ...attrs } = photo;
  return { type: 'figure', attrs };
};
