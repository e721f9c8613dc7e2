// The body's photo as the editor shows it: the image from the photo cache, its caption and
// credit, and buttons to edit its words, replace it or remove it. Photo files dropped or pasted
// into the body, and the buttons, are handed to BodyPhotoControls through `bodyPhotoEvents`.
import type { Editor } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import type { NodeViewConstructor } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { photoOfFigure } from '../../../shared/photos/photo-ref';
import { PhotoFigure } from '../../../shared/schema/figure';
import { t } from '../../i18n/intl';
import { photoFiles } from './add-photo';
import { isPhotoMissing, loadPhoto, photoUrl } from './photo-cache';

export type BodyPhotoRequest =
  { kind: 'files'; files: File[]; at?: number } | { kind: 'edit' | 'replace'; at: number };

/** Where the body's photo requests go; BodyPhotoControls listens while an editor is open. */
export const bodyPhotoEvents = new EventTarget();
const request = (detail: BodyPhotoRequest) =>
  bodyPhotoEvents.dispatchEvent(new CustomEvent('photo', { detail }));

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('mousedown', (event) => event.preventDefault());
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Draws a body photo. Given to ProseMirror through the plugin below rather than as TipTap's
 * node view: TipTap makes its node views anew when the React editor mounts, and ProseMirror then
 * draws the whole document a second time, a tenth of a second on a long article.
 */
function figureView(editor: Editor): NodeViewConstructor {
  return (node, _view, getPos) => {
    const dom = document.createElement('figure');
    dom.className = 'photo editor-photo';
    const frame = document.createElement('div');
    frame.className = 'editor-photo-frame';
    const caption = document.createElement('figcaption');
    const tools = document.createElement('div');
    tools.className = 'photo-tools';
    tools.contentEditable = 'false';
    const at = () => getPos() ?? 0;
    tools.append(
      button(t('photos.edit'), () => request({ kind: 'edit', at: at() })),
      button(t('photos.replace'), () => request({ kind: 'replace', at: at() })),
      button(t('photos.remove'), () =>
        editor
          .chain()
          .focus()
          .deleteRange({ from: at(), to: at() + current.nodeSize })
          .run(),
      ),
    );
    dom.append(frame, caption, tools);
    let current = node;
    const draw = (shown: PMNode) => {
      current = shown;
      const photo = photoOfFigure(shown.attrs);
      const src = photo ? photoUrl(photo.hash) : undefined;
      frame.replaceChildren();
      if (photo && src) {
        const image = document.createElement('img');
        image.src = src;
        image.alt = photo.alt;
        image.width = photo.width;
        image.height = photo.height;
        frame.append(image);
      } else {
        const waiting = document.createElement('span');
        waiting.className = 'photo-loading';
        const gone = !photo || isPhotoMissing(photo.hash);
        waiting.textContent = gone ? t('photos.missing') : t('photos.loading');
        frame.append(waiting);
        if (!gone) void loadPhoto(photo.hash).then(() => current === shown && draw(shown));
      }
      caption.replaceChildren();
      if (photo?.caption) caption.append(photo.caption, ' ');
      if (photo?.credit) {
        const credit = document.createElement('span');
        credit.className = 'photo-credit';
        credit.textContent = photo.credit;
        caption.append(credit);
      }
      if (photo && !photo.alt.trim()) {
        const warning = document.createElement('span');
        warning.className = 'photo-no-alt';
        warning.textContent = t('photos.alt.missing');
        caption.append(warning);
      }
    };
    draw(node);
    return {
      dom,
      update: (updated) => {
        if (updated.type !== node.type) return false;
        draw(updated);
        return true;
      },
      stopEvent: (event) => tools.contains(event.target as Node),
      ignoreMutation: () => true,
    };
  };
}

export const EditorPhotoFigure = PhotoFigure.extend({
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          nodeViews: { [this.name]: figureView(this.editor) },
          handleDrop: (view, event) => {
            const files = photoFiles(event.dataTransfer?.files);
            if (files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
            request({ kind: 'files', files, ...(at === undefined ? {} : { at }) });
            return true;
          },
          handlePaste: (_view, event) => {
            const files = photoFiles(event.clipboardData?.files);
            if (files.length === 0) return false;
            request({ kind: 'files', files });
            return true;
          },
        },
      }),
    ];
  },
});

/** The article's extensions with the body's photo drawn by this view. */
export function withEditorPhotos<T extends { name: string }>(extensions: T[]): T[] {
  return extensions.map((extension) =>
    extension.name === PhotoFigure.name ? (EditorPhotoFigure as unknown as T) : extension,
  );
}
