// "Copy HTML": the story's HTML (the body with its dateline, no page around it) from the unsaved
// draft, for pasting into a CMS.
import { useState } from 'react';
import type { Article } from '../../../shared/article';
import { renderFragment } from '../../../shared/export';
import { messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { previewContextFor } from './preview-context';
import { usePreviewSources } from './use-preview-sources';

export function CopyHtmlButton({ readArticle }: { readArticle: () => Article }) {
  const t = useT();
  const sources = usePreviewSources();
  const [message, setMessage] = useState('');

  const copy = async () => {
    if (!sources) return;
    const article = readArticle();
    try {
      await navigator.clipboard.writeText(
        renderFragment(article, previewContextFor(article, sources)),
      );
      setMessage(t('export.copied'));
    } catch (error) {
      setMessage(t('export.copyFailed', { reason: messageOf(error) }));
    }
  };

  return (
    <>
      <button type="button" disabled={!sources} onClick={() => void copy()}>
        {t('export.copyHtml')}
      </button>
      <span className="export-copied" role="status">
        {message}
      </span>
    </>
  );
}
