// Adds, replaces and words the body's photos: the Photo button's file chooser, photos dropped or
// pasted into the body, and the buttons on each photo all end in the words dialog, which asks
// for the alt text before the photo goes in.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { PhotoFacts } from '../../../shared/photos/photo-facts';
import { FIGURE_NODE, photoOfFigure, type PhotoRef } from '../../../shared/photos/photo-ref';
import { useT } from '../../i18n/intl-root';
import { editorChain } from '../editor/editor-chain';
import { addPhotoFile, choosePhotoFile, photoRefOf } from './add-photo';
import { bodyPhotoEvents, type BodyPhotoRequest } from './figure-view';
import { PhotoWordsDialog } from './photo-words-dialog';
import { usePhotoSrc } from './use-photo-src';
import './photos.css';

type Asking =
  | { kind: 'new'; facts: PhotoFacts; at?: number; replacing?: PhotoRef }
  | { kind: 'edit'; photo: PhotoRef; at: number };

export function BodyPhotoControls({ editor }: { editor: Editor }) {
  const [asking, setAsking] = useState<Asking>();
  const [error, setError] = useState('');
  const t = useT();
  const src = usePhotoSrc(asking?.kind === 'new' ? asking.facts.hash : asking?.photo.hash);

  const photoAt = (at: number) => {
    const node = editor.state.doc.nodeAt(at);
    return node?.type.name === FIGURE_NODE ? photoOfFigure(node.attrs) : undefined;
  };
  const take = async (file: File, at?: number, replacing?: PhotoRef) => {
    setError('');
    const added = await addPhotoFile(file);
    if (added.ok)
      setAsking({
        kind: 'new',
        facts: added.facts,
        ...(at === undefined ? {} : { at }),
        ...(replacing ? { replacing } : {}),
      });
    else setError(added.message);
  };

  useEffect(() => {
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<BodyPhotoRequest>).detail;
      if (detail.kind === 'files') {
        // One photo at a time, so each is asked for its own alt text.
        void take(detail.files[0]!, detail.at);
      } else {
        const photo = photoAt(detail.at);
        if (!photo) return;
        if (detail.kind === 'edit') setAsking({ kind: 'edit', photo, at: detail.at });
        else choosePhotoFile((file) => void take(file, detail.at, photo));
      }
    };
    bodyPhotoEvents.addEventListener('photo', listener);
    return () => bodyPhotoEvents.removeEventListener('photo', listener);
  });

  const place = (photo: PhotoRef, at: number | undefined, replace: boolean) => {
    const { focusX: _x, focusY: _y, ...attrs } = photo;
    if (replace && at !== undefined) {
      editorChain(editor)
        .command(({ tr }) => {
          tr.setNodeMarkup(at, undefined, attrs);
          return true;
        })
        .run();
    } else if (at !== undefined) {
      editorChain(editor).insertContentAt(at, { type: FIGURE_NODE, attrs }).run();
    } else {
      editorChain(editor).insertPhoto(photo).run();
    }
  };

  return (
    <>
      <button
        type="button"
        className="toolbar-photo"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choosePhotoFile((file) => void take(file))}
      >
        {t('photos.body.add')}
      </button>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {asking?.kind === 'new' && (
        <PhotoWordsDialog
          initial={asking.replacing ?? { alt: '', caption: '', credit: '' }}
          privacy={asking.facts.privacy}
          src={src}
          onDone={(words) => {
            place(photoRefOf(asking.facts, words), asking.at, Boolean(asking.replacing));
            setAsking(undefined);
          }}
          onCancel={() => setAsking(undefined)}
        />
      )}
      {asking?.kind === 'edit' && (
        <PhotoWordsDialog
          initial={asking.photo}
          src={src}
          onDone={(words) => {
            place({ ...asking.photo, ...words }, asking.at, true);
            setAsking(undefined);
          }}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </>
  );
}
