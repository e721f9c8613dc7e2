// The article's lead photo: added by the file chooser or a drop, its words asked for as it is
// added, replaced, removed, and its focal point set by a click (or the arrow keys) on the image,
// which the 16:9, 4:3 and 1:1 crops then centre on.
import { useEffect, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { PhotoFacts } from '../../../shared/photos/photo-facts';
import type { PhotoRef } from '../../../shared/photos/photo-ref';
import { CROP_NAMES } from '../../../shared/photos/renditions';
import { LEAD_PHOTO_MIN_WIDTH } from '../../../shared/preflight/photo-checks';
import { api } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { addPhotoFile, choosePhotoFile, photoFiles, photoRefOf } from './add-photo';
import { PhotoWordsDialog } from './photo-words-dialog';
import { PrivacyNote } from './privacy-note';
import { isPhotoMissing } from './photo-cache';
import { usePhotoSrc } from './use-photo-src';
import './photos.css';

interface LeadPhotoPanelProps {
  initial: PhotoRef | undefined;
  onChange: (photo: PhotoRef | undefined) => void;
}

const STEP = 0.05;
const clamp = (value: number) => Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));

export function LeadPhotoPanel({ initial, onChange }: LeadPhotoPanelProps) {
  const [photo, setPhoto] = useState(initial);
  const [facts, setFacts] = useState<PhotoFacts>();
  const [adding, setAdding] = useState<PhotoFacts>();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState('');
  const src = usePhotoSrc(photo?.hash);
  const addingSrc = usePhotoSrc(adding?.hash);
  const t = useT();

  useEffect(() => {
    if (!photo) return;
    let current = true;
    api.describePhoto({ hash: photo.hash }).then(
      (found) => current && setFacts(found),
      () => current && setFacts(undefined),
    );
    return () => {
      current = false;
    };
  }, [photo?.hash]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (next: PhotoRef | undefined) => {
    setPhoto(next);
    onChange(next);
  };
  const take = async (file: File) => {
    setError('');
    const added = await addPhotoFile(file);
    if (added.ok) setAdding(added.facts);
    else setError(added.message);
  };
  const onDrop = (event: DragEvent) => {
    const [file] = photoFiles(event.dataTransfer.files);
    if (!file) return;
    event.preventDefault();
    void take(file);
  };
  const focusAt = (x: number, y: number) =>
    photo && change({ ...photo, focusX: clamp(x), focusY: clamp(y) });
  const onImageClick = (event: MouseEvent<HTMLImageElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    focusAt((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height);
  };
  const onImageKey = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const move = moves[event.key];
    if (!move || !photo) return;
    event.preventDefault();
    focusAt((photo.focusX ?? 0.5) + move[0], (photo.focusY ?? 0.5) + move[1]);
  };
  const focus = {
    left: `${(photo?.focusX ?? 0.5) * 100}%`,
    top: `${(photo?.focusY ?? 0.5) * 100}%`,
  };

  return (
    <section
      className="lead-photo"
      aria-labelledby="lead-photo-heading"
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <div className="field-head">
        <h2 id="lead-photo-heading" className="label">
          {t('photos.lead.heading')}
        </h2>
      </div>
      {!photo && (
        <div className="lead-photo-empty">
          <button type="button" onClick={() => choosePhotoFile((file) => void take(file))}>
            {t('photos.lead.add')}
          </button>
          <span className="photo-hint">{t('photos.lead.drop')}</span>
        </div>
      )}
      {photo && (
        <div className="lead-photo-body">
          <div className="lead-photo-frame">
            {src ? (
              <img
                src={src}
                alt={photo.alt}
                tabIndex={0}
                aria-describedby="lead-photo-focus-hint"
                onClick={onImageClick}
                onKeyDown={onImageKey}
              />
            ) : (
              <span className="photo-loading">
                {isPhotoMissing(photo.hash) ? t('photos.missing') : t('photos.loading')}
              </span>
            )}
            <span className="focus-mark" style={focus} aria-hidden="true" />
          </div>
          <div className="lead-photo-side">
            <p id="lead-photo-focus-hint" className="photo-hint">
              {t('photos.focus.hint')}
            </p>
            <div className="crop-previews" aria-label={t('photos.crops')}>
              {src &&
                CROP_NAMES.map((crop) => (
                  <figure key={crop} className={`crop-preview crop-${crop}`}>
                    <img
                      src={src}
                      alt=""
                      style={{ objectPosition: `${focus.left} ${focus.top}` }}
                    />
                    <figcaption>{crop.replace('x', ':')}</figcaption>
                  </figure>
                ))}
            </div>
            <dl className="lead-photo-words" data-field="leadPhoto">
              <dt>{t('photos.alt')}</dt>
              <dd>{photo.alt || t('photos.none')}</dd>
              <dt>{t('photos.caption')}</dt>
              <dd>{photo.caption || t('photos.none')}</dd>
              <dt>{t('photos.credit')}</dt>
              <dd>{photo.credit || t('photos.none')}</dd>
            </dl>
            {photo.width < LEAD_PHOTO_MIN_WIDTH && (
              <p className="photo-hint">
                {t('photos.lead.narrow', { width: photo.width, limit: LEAD_PHOTO_MIN_WIDTH })}
              </p>
            )}
            {facts && <PrivacyNote privacy={facts.privacy} />}
            <div className="lead-photo-actions">
              <button type="button" onClick={() => setEditing(true)}>
                {t('photos.edit')}
              </button>
              <button type="button" onClick={() => choosePhotoFile((file) => void take(file))}>
                {t('photos.replace')}
              </button>
              <button type="button" onClick={() => change(undefined)}>
                {t('photos.remove')}
              </button>
            </div>
          </div>
        </div>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {adding && (
        <PhotoWordsDialog
          initial={{ alt: '', caption: photo?.caption ?? '', credit: photo?.credit ?? '' }}
          privacy={adding.privacy}
          src={addingSrc}
          onDone={(words) => {
            change(photoRefOf(adding, words));
            setFacts(adding);
            setAdding(undefined);
          }}
          onCancel={() => setAdding(undefined)}
        />
      )}
      {editing && photo && (
        <PhotoWordsDialog
          initial={photo}
          src={src}
          onDone={(words) => {
            change({ ...photo, ...words });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </section>
  );
}
