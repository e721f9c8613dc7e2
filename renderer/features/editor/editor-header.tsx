// The top of the editing screen: back to the library, the workflow status, and article actions.
import { useId } from 'react';
import { ARTICLE_STATUSES, STATUS_LABELS, type ArticleStatus } from '../../../shared/article';
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
  return (
    <header className="editor-header">
      <button
        type="button"
        className="link-button"
        onClick={() => void useAppStore.getState().navigate({ name: 'library' })}
      >
        ← Library
      </button>
      <label htmlFor={statusId} className="header-label">
        Status
      </label>
      <select
        id={statusId}
        className={`status-select badge-${status}`}
        value={status}
        onChange={(event) => onStatus(event.target.value as ArticleStatus)}
      >
        {ARTICLE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      <span className="header-spacer" />
      <button type="button" aria-pressed={checking} onClick={onToggleCheck}>
        Check before publishing
      </button>
      <button type="button" aria-pressed={previewing} onClick={onTogglePreview}>
        Preview
      </button>
      <button type="button" aria-pressed={historyOpen} onClick={onToggleHistory}>
        History
      </button>
      <button type="button" onClick={onExport}>
        Export…
      </button>
      <button type="button" onClick={onAddToTicker}>
        Add to ticker
      </button>
      <button type="button" className="danger" onClick={onTrash}>
        Move to trash
      </button>
    </header>
  );
}
