// One related link: what readers will see, where it points, and the controls to change it.
import { useEffect, useId, useRef, useState } from 'react';
import type { RelatedLink } from '../../../shared/article';
import type { RelatedCheck, ResolvedRelatedLink } from '../../../shared/related';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { useAppStore } from '../../store';
import { EditLinkForm } from './edit-link-form';

const WARNING_MARK = '⚠ ';
const SPACE = ' ';

export interface RowActions {
  onMove: (link: RelatedLink, offset: -1 | 1) => void;
  onRemove: (link: RelatedLink) => void;
  onEdit: (link: RelatedLink, edit: { title: string; url?: string }) => RelatedCheck;
  onUseHeadline: (link: RelatedLink) => void;
}

interface RelatedRowProps {
  link: RelatedLink;
  resolved: ResolvedRelatedLink;
  first: boolean;
  last: boolean;
  language: string;
  actions: RowActions;
}

export function RelatedRow({ link, resolved, first, last, language, actions }: RelatedRowProps) {
  const id = useId();
  const t = useT();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  const { article, missing } = resolved;
  const title = resolved.untitled ? t('article.untitled') : resolved.title;
  // A typed title is in the article's language; a headline is in its own article's.
  const titleLang = article && !link.titleEdited ? article.language : language;
  const headline = article?.headline.trim();
  const canUseHeadline = link.titleEdited && !!headline && headline !== link.title.trim();

  useEffect(() => {
    if (!editing && focusEditButton.current) {
      focusEditButton.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const open = () => {
    if (article) void useAppStore.getState().navigate({ name: 'editor', id: article.id });
  };

  return (
    <li className={`related-item${missing ? ' related-item-missing' : ''}`} data-link-id={link.id}>
      <div className="related-text">
        {article ? (
          <button
            type="button"
            id={`${id}-title`}
            className="related-title related-open"
            lang={titleLang}
            title={t('related.open')}
            onClick={open}
          >
            {title}
          </button>
        ) : (
          <span id={`${id}-title`} className="related-title" lang={titleLang}>
            {title}
          </span>
        )}
        <span className="related-detail">
          {link.target.kind === 'url' ? (
            <span className="related-url">{link.target.url}</span>
          ) : (
            <>
              <span>{t('related.library-article')}</span>
              {article && (
                <span className={`badge badge-${article.status}`}>
                  {statusLabel(t, article.status)}
                </span>
              )}
              {link.titleEdited && <span>{t('related.title-edited')}</span>}
              {canUseHeadline && (
                <button
                  type="button"
                  className="link-button related-small-button"
                  title={t('related.show-headline', { headline })}
                  onClick={() => actions.onUseHeadline(link)}
                >
                  {t('related.use-headline')}
                </button>
              )}
            </>
          )}
        </span>
        {missing && (
          <span className="related-missing">
            <span aria-hidden="true">{WARNING_MARK}</span>
            {t('related.missing')}
            {SPACE}
            <button
              type="button"
              className="link-button related-small-button"
              onClick={() => void useAppStore.getState().navigate({ name: 'trash' })}
            >
              {t('related.open-trash')}
            </button>
          </span>
        )}
      </div>
      <div className="related-actions">
        <button
          type="button"
          ref={editButton}
          aria-expanded={editing}
          aria-describedby={`${id}-title`}
          onClick={() => setEditing(!editing)}
        >
          {t('related.edit')}
        </button>
        <button
          type="button"
          data-action="up"
          disabled={first}
          aria-describedby={`${id}-title`}
          onClick={() => actions.onMove(link, -1)}
        >
          {t('related.move-up')}
        </button>
        <button
          type="button"
          data-action="down"
          disabled={last}
          aria-describedby={`${id}-title`}
          onClick={() => actions.onMove(link, 1)}
        >
          {t('related.move-down')}
        </button>
        <button
          type="button"
          className="danger"
          data-action="remove"
          aria-describedby={`${id}-title`}
          onClick={() => actions.onRemove(link)}
        >
          {t('related.remove')}
        </button>
      </div>
      {editing && (
        <EditLinkForm
          link={link}
          shownTitle={title}
          language={language}
          onSave={(edit) => actions.onEdit(link, edit)}
          onClose={() => {
            focusEditButton.current = true;
            setEditing(false);
          }}
        />
      )}
    </li>
  );
}
