// The article's "Related News" list: library articles and web pages, in the order readers see
// them. Keeps its own state and hands every new list to `onChange`, so editing it re-renders
// this section and not the article editor around it. A new `initial` list (another person's
// change to a shared article) replaces the one shown.
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, RelatedLink } from '../../../shared/article';
import {
  applyRelatedEdit,
  checkNewRelatedLink,
  checkRelatedTitle,
  checkRelatedUrl,
  moveRelatedLink,
  newArticleLink,
  newUrlLink,
  resolveRelatedLink,
  withCurrentHeadlines,
  type RelatedCheck,
} from '../../../shared/related';
import { t as say } from '../../i18n/intl';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { LibraryPicker } from './library-picker';
import { RelatedRow, type RowActions } from './related-row';
import './related.css';
import { UrlForm } from './url-form';
import { useLibraryLookup } from './use-library-lookup';

export interface RelatedEditorProps {
  articleId: string;
  initial: RelatedLink[];
  /** The article's language, for titles the writer types. */
  language: string;
  onChange: (links: RelatedLink[]) => void;
}

/** Which control gets focus after the list changed under it. */
type FocusRequest = { linkId: string; action: 'up' | 'down' } | { index: number; action: 'remove' };

export function RelatedEditor({ articleId, initial, language, onChange }: RelatedEditorProps) {
  const id = useId();
  const [links, setLinks] = useState(initial);
  const [given, setGiven] = useState(initial);
  if (given !== initial) {
    setGiven(initial);
    setLinks(initial);
  }
  const [announcement, setAnnouncement] = useState('');
  const t = useT();
  const library = useLibraryLookup();
  const section = useRef<HTMLElement>(null);
  const focusRequest = useRef<FocusRequest | undefined>(undefined);
  const linkedIds = useMemo(
    () =>
      new Set(
        links.flatMap((link) => (link.target.kind === 'article' ? [link.target.articleId] : [])),
      ),
    [links],
  );

  // Reordering and removing re-create the focused button, so focus is put back by hand.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    focusRequest.current = undefined;
    const root = section.current;
    if (!request || !root) return;
    const rows = [...root.querySelectorAll<HTMLElement>('[data-link-id]')];
    if (request.action === 'remove') {
      const row = rows[Math.min(request.index, rows.length - 1)];
      const target =
        row?.querySelector<HTMLElement>('[data-action="remove"]') ?? root.querySelector('input');
      target?.focus();
      return;
    }
    const row = rows.find((item) => item.dataset.linkId === request.linkId);
    const other = request.action === 'up' ? 'down' : 'up';
    const buttons = [request.action, other].map((action) =>
      row?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`),
    );
    buttons.find((button) => button && !button.disabled)?.focus();
  }, [links]);

  const titleOf = (link: RelatedLink) => {
    const resolved = resolveRelatedLink(link, library);
    return resolved.untitled ? say('article.untitled') : resolved.title;
  };

  const commit = (next: RelatedLink[], message: string) => {
    // Untouched library links are stored under the headline their article has now.
    const synced = library ? withCurrentHeadlines(next, library) : next;
    setLinks(synced);
    onChange(synced);
    setAnnouncement(message);
  };

  const addArticle = (article: ArticleSummary): RelatedCheck => {
    const allowed = checkNewRelatedLink(
      links,
      { kind: 'article', articleId: article.id },
      articleId,
    );
    if (!allowed.ok) return allowed;
    // The search answer may be newer than the listing this window read (another window made it).
    useAppStore.getState().upsert(article);
    const headline = article.headline.trim() || say('article.untitled');
    commit([...links, newArticleLink(article)], say('related.added', { title: headline }));
    return allowed;
  };

  const addUrl = (address: string, title: string): RelatedCheck => {
    const url = checkRelatedUrl(address);
    if (!url.ok) return url;
    const allowed = checkNewRelatedLink(links, { kind: 'url', url: url.url }, articleId);
    if (!allowed.ok) return allowed;
    const titled = checkRelatedTitle(title);
    if (!titled.ok) return titled;
    commit([...links, newUrlLink(url.url, title)], say('related.added', { title: title.trim() }));
    return { ok: true };
  };

  const actions: RowActions = {
    onMove(link, offset) {
      const index = links.findIndex((item) => item.id === link.id);
      const next = moveRelatedLink(links, index, offset);
      focusRequest.current = { linkId: link.id, action: offset < 0 ? 'up' : 'down' };
      const position = next.findIndex((item) => item.id === link.id) + 1;
      commit(next, say('related.moved', { title: titleOf(link), position, total: next.length }));
    },
    onRemove(link) {
      const index = links.findIndex((item) => item.id === link.id);
      focusRequest.current = { index, action: 'remove' };
      commit(
        links.filter((item) => item.id !== link.id),
        say('related.removed', { title: titleOf(link) }),
      );
    },
    onEdit(link, edit) {
      const headline = resolveRelatedLink(link, library).article?.headline;
      const result = applyRelatedEdit(links, link.id, edit, articleId, headline);
      if (!result.ok) return result;
      commit(result.links, say('related.saved'));
      return { ok: true };
    },
    onUseHeadline(link) {
      const headline = resolveRelatedLink(link, library).article?.headline.trim();
      if (!headline) return;
      const next = links.map((item) =>
        item.id === link.id ? { ...item, title: headline, titleEdited: false } : item,
      );
      commit(next, say('related.headline-used', { headline }));
    },
  };

  return (
    <section ref={section} className="related-editor" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('related.heading')}</h2>
      {links.length === 0 ? (
        <p className="related-empty">{t('related.empty')}</p>
      ) : (
        <ol className="related-list" aria-label={t('related.list')}>
          {links.map((link, index) => (
            <RelatedRow
              key={link.id}
              link={link}
              resolved={resolveRelatedLink(link, library)}
              first={index === 0}
              last={index === links.length - 1}
              language={language}
              actions={actions}
            />
          ))}
        </ol>
      )}
      <div className="related-add">
        <LibraryPicker
          selfId={articleId}
          linkedIds={linkedIds}
          language={language}
          onPick={addArticle}
        />
        <UrlForm language={language} onAdd={addUrl} />
      </div>
      <p className="related-announcer" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
