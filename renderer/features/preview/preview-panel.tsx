// "Preview": the open article as its exported page will look, beside the editor. It is rendered
// again shortly after typing pauses, from the unsaved draft, into a frame that runs no scripts.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/article';
import { messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import type { Observable } from '../../lib/observable';
import { previewContextFor } from '../export/preview-context';
import { usePreviewSources } from '../export/use-preview-sources';
import { showPage } from './preview-document';
import { renderPreviewPage } from './preview-page';
import { onPhotoLoaded, photoUrl } from '../photos/photo-cache';
import './preview.css';

/** How long typing must pause before the page is rendered again. */
export const PREVIEW_DELAY_MS = 300;
/** The User Timing entry of each update, for the performance panel and the tests. */
export const PREVIEW_MEASURE = 'dateline:preview-update';

const CLOSE_MARK = '✕';
const MINUTE_MS = 60_000;

interface PreviewPanelProps {
  readArticle: () => Article;
  /** Changes whenever the draft changes. */
  version: Observable<number>;
  onClose: () => void;
}

export function PreviewPanel({ readArticle, version, onClose }: PreviewPanelProps) {
  const sources = usePreviewSources();
  const frame = useRef<HTMLIFrameElement>(null);
  const [failure, setFailure] = useState('');
  const t = useT();

  const update = useCallback(() => {
    const target = frame.current;
    if (!target || !sources) return;
    const start = performance.now();
    try {
      const article = readArticle();
      // An approved article is previewed as published now: to the minute, so that the page
      // around the story stays the same between pauses in typing and only the story is redrawn.
      const now = new Date(Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS);
      const context = {
        ...previewContextFor(article, sources, now),
        photos: { display: photoUrl },
      };
      showPage(target, renderPreviewPage(article, context));
      setFailure('');
    } catch (error) {
      setFailure(messageOf(error));
    }
    performance.clearMeasures(PREVIEW_MEASURE);
    performance.measure(PREVIEW_MEASURE, { start });
  }, [readArticle, sources]);

  useEffect(update, [update]);
  // A photo that arrives after the page was drawn is shown by drawing it again.
  useEffect(() => onPhotoLoaded(update), [update]);

  // Keystrokes only restart the timer; nothing re-renders until typing pauses.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = version.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(update, PREVIEW_DELAY_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [version, update]);

  return (
    <aside className="preview-panel" aria-labelledby="preview-heading">
      <header>
        <h2 id="preview-heading">{t('preview.heading')}</h2>
        <span className="preview-note">{t('preview.note')}</span>
        <button
          type="button"
          className="link-button"
          aria-label={t('preview.close')}
          onClick={onClose}
        >
          {CLOSE_MARK}
        </button>
      </header>
      {failure && (
        <p className="banner banner-error" role="alert">
          {t('preview.failed', { reason: failure })}
        </p>
      )}
      {/* allow-same-origin lets this page fill the frame; without allow-scripts nothing in it runs. */}
      <iframe
        ref={frame}
        title={t('preview.frame')}
        sandbox="allow-same-origin"
        className="preview-frame"
      />
    </aside>
  );
}
