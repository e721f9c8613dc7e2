// The top of the editing screen: back to the library, the workflow status, and article actions.
import { useId } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { useAppStore } from '../../store';

interface EditorHeaderProps {
  status: ArticleStatus;
  onStatus: (status: ArticleStatus) => void;
  onAddToTicker: () => void;
  onTrash: () => void;
  checking: boolean;
  onToggleCheck: () => void;
  historyOpen: boolean;
  onToggleHistory: () => void;
  onExport: () => void;
  previewing: boolean;
  onTogglePreview: () => void;
}

export function EditorHeader(props: EditorHeaderProps) {
  const { status, onStatus, onAddToTicker, onTrash, checking, onToggleCheck, onExport } = props;
  const { previewing, onTogglePreview, historyOpen, onToggleHistory } = props;
  const statusId = useId();
  const t = useT();
  return (
    <header className="editor-header">
      <button
        type="button"
        className="link-button"
        onClick={() => void useAppStore.getState().navigate({ name: 'library' })}
      >
        {t('editor.back')}
      </button>
      <label htmlFor={statusId} className="header-label">
        {t('editor.status')}
      </label>
      <select
        id={statusId}
        className={`status-select badge-${status}`}
        value={status}
        onChange={(event) => onStatus(event.target.value as ArticleStatus)}
      >
        {ARTICLE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {statusLabel(t, value)}
          </option>
        ))}
      </select>
      <span className="header-spacer" />
      <button type="button" aria-pressed={checking} onClick={onToggleCheck}>
        {t('editor.check')}
      </button>
      <button type="button" aria-pressed={previewing} onClick={onTogglePreview}>
        {t('editor.preview')}
      </button>
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        {t('editor.history')}
      </button>
      <button type="button" onClick={onExport}>
        {t('editor.export')}
      </button>
      <button type="button" onClick={onAddToTicker}>
        {t('editor.add-to-ticker')}
      </button>
      <button type="button" className="danger" onClick={onTrash}>
        {t('editor.move-to-trash')}
      </button>
    </header>
  );
}
