// What the editor's header and body can do to the open article beyond typing: fill it from a
// pasted page, add it to the ticker, move it to the trash. Each says in a notice how it went.
import { tickerText, type Article } from '../../../shared/article';
import type { ImportReport } from '../../../shared/import/types';
import { api, messageOf } from '../../api/client';
import { message, type Message } from '../../i18n/message';
import { useAppStore } from '../../store';
import { findByHeadline, looksLikePage, readPastedPage, type PastedClipboard } from './page-paste';
import { saveArticle } from './save-article';
import type { ArticleDraft } from './use-article-draft';

interface ArticleActionsOptions {
  article: Article;
  draft: ArticleDraft;
  /** A whole page was pasted into the empty article and saved as its fields. */
  onPageImported: (article: Article, report: ImportReport) => void;
}

export function useArticleActions({ article, draft, onPageImported }: ArticleActionsOptions) {
  const { readFields, editorRef, ensureSaved, savedAt } = draft;

  const importPastedPage = async (clipboard: PastedClipboard) => {
    const store = useAppStore.getState();
    const page = readPastedPage(clipboard, (title) => findByHeadline(store.articles, title));
    const { status, section, tags, notes } = readFields();
    try {
      const baseRevision = await ensureSaved();
      await saveArticle({
        id: article.id,
        baseRevision,
        baseUpdatedAt: savedAt(),
        fields: { ...page.fields, status, section: section || page.fields.section, tags, notes },
        keepPrevious: 'before-import',
      });
      onPageImported(await api.getArticle({ id: article.id }), page.report);
    } catch (error) {
      store.notify({
        tone: 'error',
        message: message('editor.paste.failed', { reason: messageOf(error) }),
      });
    }
  };

  /** A whole page pasted into an empty article is read like an imported file, formatting kept. */
  const pastePage = (clipboard: PastedClipboard): boolean => {
    const fields = readFields();
    const empty =
      !fields.headline.trim() && !fields.standfirst.trim() && editorRef.current?.isEmpty;
    if (!empty || !looksLikePage(clipboard.text)) return false;
    void importPastedPage(clipboard);
    return true;
  };

  const addToTicker = async () => {
    const store = useAppStore.getState();
    const text = tickerText(readFields());
    if (!text) {
      store.notify({
        tone: 'warning',
        message: message('editor.ticker.needs-headline'),
      });
      return;
    }
    try {
      await api.addTickerItems({
        items: [{ text, link: { kind: 'article', articleId: article.id } }],
      });
      store.notify({
        tone: 'info',
        message: message('editor.ticker.added', { text }),
        action: {
          label: message('editor.ticker.open'),
          run: () => void store.navigate({ name: 'ticker' }),
        },
      });
    } catch (error) {
      store.notify({
        tone: 'error',
        message: message('editor.ticker.failed', { reason: messageOf(error) }),
      });
    }
  };

  const moveToTrash = async () => {
    const store = useAppStore.getState();
    try {
      await ensureSaved();
      await api.trashArticle({ id: article.id });
      const headline = readFields().headline || message('article.untitled');
      store.notify({
        tone: 'info',
        message: message('editor.trash.done', { headline }),
        action: { label: message('common.undo'), run: () => void undoTrash(article.id, headline) },
        // Restored by any route (the Trash, another window), the article is listed again.
        appliesWhile: (state) => !state.articles.some((listed) => listed.id === article.id),
      });
      await store.navigate({ name: 'library' });
    } catch (error) {
      store.notify({
        tone: 'error',
        message: message('editor.trash.failed', { reason: messageOf(error) }),
      });
    }
  };

  return { pastePage, addToTicker, moveToTrash };
}

/** Undo of a move to the trash: the article comes back, or the notices say why it did not. */
async function undoTrash(id: string, headline: string | Message): Promise<void> {
  const store = useAppStore.getState();
  try {
    await api.restoreArticle({ id });
    await store.refresh();
  } catch (error) {
    store.notify({
      tone: 'error',
      message: message('writing.undo-failed', { headline, reason: messageOf(error) }),
    });
  }
}
