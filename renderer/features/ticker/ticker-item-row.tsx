// One ticker item: its text with a live count against the site's limits, its link, and the
// controls to mark it breaking, move it (handle, buttons, Alt+Arrow keys) or remove it.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useId, type KeyboardEvent } from 'react';
import type { ArticleSummary, LinkTarget } from '../../../shared/article';
import type { TickerItem } from '../../../shared/ticker';
import { useT } from '../../i18n/intl-root';
import { checkLength } from './ticker-checks';
import { TickerItemLink } from './ticker-item-link';
import { linkStatus } from './ticker-links';

/** Pasted line breaks become spaces: the ticker is one line. */
const DRAG_MARK = '⠿';

const oneLine = (text: string) => text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ');

export interface RowActions {
  setText(id: string, text: string): void;
  setLink(id: string, link: LinkTarget | undefined, text?: string): void;
  setBreaking(id: string, breaking: boolean): void;
  move(id: string, by: number): void;
  remove(id: string): void;
}

interface TickerItemRowProps {
  item: TickerItem;
  index: number;
  total: number;
  library: ReadonlyMap<string, ArticleSummary> | undefined;
  actions: RowActions;
  /** Id of the hint that tells how to move an item with the keyboard. */
  keysHintId: string;
}

export const TickerItemRow = memo(function TickerItemRow(props: TickerItemRowProps) {
  const { item, index, total, library, actions, keysHintId } = props;
  const t = useT();
  const number = index + 1;
  const name = t('ticker.item', { number });
  const textId = useId();
  const sortable = useSortable({ id: item.id });
  const length = checkLength(item.text);
  const status = linkStatus(item, library);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    actions.move(item.id, event.key === 'ArrowUp' ? -1 : 1);
  };

  const classes = ['ticker-item'];
  if (item.breaking) classes.push('is-breaking');
  if (sortable.isDragging) classes.push('is-dragging');
  return (
    <li
      ref={sortable.setNodeRef}
      style={{
        transform: CSS.Translate.toString(sortable.transform),
        transition: sortable.transition,
      }}
      className={classes.join(' ')}
      data-item-id={item.id}
      aria-label={name}
      onKeyDown={onKeyDown}
    >
      <button
        ref={sortable.setActivatorNodeRef}
        type="button"
        className="ticker-drag-handle"
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={t('ticker.item.drag', { number })}
        title={t('ticker.item.drag-title')}
      >
        <span aria-hidden="true">{DRAG_MARK}</span>
      </button>
      <div className="ticker-item-main">
        <div className="ticker-item-head">
          <label htmlFor={textId}>{name}</label>
          {item.breaking && (
            <span className="ticker-breaking-badge">{t('ticker.item.breaking-badge')}</span>
          )}
          <span id={`${textId}-count`} className={`ticker-count ticker-count-${length.level}`}>
            {t(`ticker.length.${length.level}`, { count: length.count, limit: length.limit })}
          </span>
        </div>
        <textarea
          id={textId}
          className="ticker-input ticker-text"
          data-focus="text"
          rows={1}
          value={item.text}
          spellCheck
          placeholder={t('ticker.item.placeholder')}
          aria-invalid={length.level === 'error' || undefined}
          aria-describedby={`${textId}-count ${keysHintId}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onKeyDown={(event) => {
            // One line of text: it wraps on screen so all of it stays readable, but Enter adds nothing.
            if (event.key === 'Enter') event.preventDefault();
          }}
          onChange={(event) => actions.setText(item.id, oneLine(event.target.value))}
        />
        <TickerItemLink
          itemNumber={number}
          link={item.link}
          status={status}
          itemIsBlank={item.text.trim() === ''}
          onChange={(link, text) => actions.setLink(item.id, link, text)}
        />
      </div>
      <div className="ticker-item-actions">
        <button
          type="button"
          className="ticker-breaking-toggle"
          aria-pressed={item.breaking}
          onClick={() => actions.setBreaking(item.id, !item.breaking)}
        >
          {t('ticker.item.breaking')}
        </button>
        <button
          type="button"
          data-focus="up"
          disabled={index === 0}
          onClick={() => actions.move(item.id, -1)}
        >
          {t('ticker.move-up')}
        </button>
        <button
          type="button"
          data-focus="down"
          disabled={index === total - 1}
          onClick={() => actions.move(item.id, 1)}
        >
          {t('ticker.move-down')}
        </button>
        <button type="button" className="danger" onClick={() => actions.remove(item.id)}>
          {t('ticker.remove')}
        </button>
      </div>
    </li>
  );
});
