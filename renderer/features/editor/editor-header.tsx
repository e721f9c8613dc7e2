// The top of the editing screen: back to the library, the workflow status, the panels and the
// article's actions. What does not fit the header's width waits in its "More" menu.
import { useId, type ReactNode } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/article';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { useAppStore } from '../../store';
import { MoreMenu, type MoreAction } from './more-menu';

type EditorHeaderProps = {
  /** Left out where the screen's owner decides them (the desk). */
  onAddToTicker?: () => void;
  onTrash?: () => void;
  checking: boolean;
  onToggleCheck: () => void;
  historyOpen: boolean;
  onToggleHistory: () => void;
  onExport: () => void;
  previewing: boolean;
  onTogglePreview: () => void;
  settingsOpen: boolean;
  onToggleSettings: () => void;
  /** What other features show in the header (who else is in the article, say). */
  children?: ReactNode;
} & (
  | { status: ArticleStatus; onStatus: (status: ArticleStatus) => void }
  /** The way back and the workflow of an article kept elsewhere (a desk article's). */
  | { lead: ReactNode }
);

export function EditorHeader(props: EditorHeaderProps) {
  const { onAddToTicker, onTrash, checking, onToggleCheck, onExport } = props;
  const { previewing, onTogglePreview, historyOpen, onToggleHistory } = props;
  const statusId = useId();
  const t = useT();
  // Level 1 actions leave the header first as it narrows; level 2 ones only when it is narrower.
  const actions: (MoreAction & { key: string })[] = [
    {
      key: 'check',
      label: t('editor.check'),
      run: onToggleCheck,
      pressed: checking,
      level: 2,
    },
    {
      key: 'history',
      label: t('editor.history'),
      run: onToggleHistory,
      pressed: historyOpen,
      level: 2,
    },
    { key: 'export', label: t('editor.export'), run: onExport, level: 1 },
    ...(onAddToTicker
      ? [{ key: 'ticker', label: t('editor.add-to-ticker'), run: onAddToTicker, level: 1 as const }]
      : []),
    ...(onTrash
      ? [
          {
            key: 'trash',
            label: t('editor.move-to-trash'),
            run: onTrash,
            level: 1 as const,
            danger: true,
          },
        ]
      : []),
  ];
  const inline = (action: (typeof actions)[number]) => (
    <button
      key={action.key}
      type="button"
      className={`header-action-${action.level} ${action.danger ? 'danger' : ''}`}
      aria-pressed={action.pressed}
      onClick={action.run}
    >
      {action.label}
    </button>
  );
  return (
    <header className="editor-header">
      <h1 className="visually-hidden">{t('writing.heading')}</h1>
      {'lead' in props ? (
        props.lead
      ) : (
        <>
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
            className={`status-select badge-${props.status}`}
            value={props.status}
            onChange={(event) => props.onStatus(event.target.value as ArticleStatus)}
          >
            {ARTICLE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(t, value)}
              </option>
            ))}
          </select>
        </>
      )}
      {props.children}
      <span className="header-spacer" />
      {actions.slice(0, 1).map(inline)}
      <button type="button" aria-pressed={previewing} onClick={onTogglePreview}>
        {t('editor.preview')}
      </button>
      {actions.slice(1).map(inline)}
      <button
        type="button"
        className="settings-toggle"
        aria-pressed={props.settingsOpen}
        aria-controls="article-settings"
        onClick={props.onToggleSettings}
      >
        {t('writing.settings')}
      </button>
      <MoreMenu actions={actions} />
    </header>
  );
}
