// One related link: what readers will see, where it points, and the controls to change it.
import { useEffect, useId, useRef, useState } from 'react';
import { STATUS_LABELS, type RelatedLink } from '../../../shared/article';
import {
  MISSING_ARTICLE_MESSAGE,
  type RelatedCheck,
  type ResolvedRelatedLink,
} from '../../../shared/related';
import { useAppStore } from '../../store';
import { EditLinkForm } from './edit-link-form';

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
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = useRef(false);
  const { article, missing, title } = resolved;
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
            title="Open this article"
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
              <span>Library article</span>
              {article && (
                <span className={`badge badge-${article.status}`}>
                  {STATUS_LABELS[article.status]}
                </span>
              )}
              {link.titleEdited && <span>Title edited</span>}
              {canUseHeadline && (
                <button
                  type="button"
                  className="link-button related-small-button"
                  title={`Show “${headline}”`}
                  onClick={() => actions.onUseHeadline(link)}
                >
                  Use current headline
                </button>
              )}
            </>
          )}
        </span>
        {missing && (
          <span className="related-missing">
            <span aria-hidden="true">⚠ </span>
            {MISSING_ARTICLE_MESSAGE}.{' '}
            <button
              type="button"
              className="link-button related-small-button"
              onClick={() => void useAppStore.getState().navigate({ name: 'trash' })}
            >
              Open trash
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
          Edit
        </button>
        <button
          type="button"
          data-action="up"
          disabled={first}
          aria-describedby={`${id}-title`}
          onClick={() => actions.onMove(link, -1)}
        >
          Move up
        </button>
        <button
          type="button"
          data-action="down"
          disabled={last}
          aria-describedby={`${id}-title`}
          onClick={() => actions.onMove(link, 1)}
        >
          Move down
        </button>
        <button
          type="button"
          className="danger"
          data-action="remove"
          aria-describedby={`${id}-title`}
          onClick={() => actions.onRemove(link)}
        >
          Remove
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
