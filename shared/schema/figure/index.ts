// A photo in the body: one block naming the original by its hash, with the alt text, caption
// and credit that go with it. It holds no text of its own, so it is moved, replaced and removed
// whole; the editor draws the image (renderer/features/photos/), export writes <picture>.
import { Node, mergeAttributes, type Attributes } from '@tiptap/core';
import { FIGURE_NODE, photoOfFigure, type PhotoRef } from '../../photos/photo-ref';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    photoFigure: {
      /** Puts a photo at the selection, or after the block the selection is in. */
      insertPhoto: (photo: PhotoRef) => ReturnType;
    };
  }
}

const text = (name: string): Attributes[string] => ({
  default: '',
  parseHTML: (element) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: (attrs) => ({ [`data-${name}`]: String(attrs[name] ?? '') }),
});

const number = (name: string): Attributes[string] => ({
  default: 1,
  parseHTML: (element) => Number(element.getAttribute(`data-${name}`)) || 1,
  renderHTML: (attrs) => ({ [`data-${name}`]: String(attrs[name]) }),
});

export const PhotoFigure = Node.create({
  name: FIGURE_NODE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      hash: text('hash'),
      format: text('format'),
      width: number('width'),
      height: number('height'),
      alt: text('alt'),
      caption: text('caption'),
      credit: text('credit'),
    };
  },

  parseHTML() {
    // Only Dateline's own figures (copied within the editor); other pages' images are not photos
    // of the library, and are added through the photo chooser instead.
    return [{ tag: 'figure[data-hash]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const photo = photoOfFigure(node.attrs);
    const words = [photo?.caption, photo?.credit].filter(Boolean).join(' ');
    return ['figure', mergeAttributes({ class: 'photo' }, HTMLAttributes), ['figcaption', words]];
  },

  addCommands() {
    return {
      insertPhoto:
        (photo) =>
        ({ commands }) => {
          const { focusX: _x, focusY: _y, ...attrs } = photo;
          return commands.insertContent({ type: FIGURE_NODE, attrs });
        },
    };
  },
});
