// The editing screen of one article: its fields, its body, and its save state.
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ArticleFieldsSchema,
  tickerText,
  type Article,
  type ArticleFields,
  type ArticleStatus,
} from '../../../shared/article';
import { parsePlainTextPage } from '../../../shared/import/plain-text';
import type { ImportReport } from '../../../shared/import/types';
import { TICKER_WARN_LENGTH } from '../../../shared/ticker';
import { api, messageOf } from '../../api/client';
import { observable } from '../../lib/observable';
import { useAppStore } from '../../store';
import { ExportDialog } from '../export/export-dialog';
import { HistoryPanel } from '../history/history-panel';
import { PreflightPanel } from '../preflight/preflight-panel';
import { PreviewPanel } from '../preview/preview-panel';
import { goToIssue } from '../preflight/go-to-issue';
import type { PreflightIssue } from '../../../shared/preflight/types';
import { RelatedEditor } from '../related/related-editor';
import { BodyEditor } from './body-editor';
import { ConflictBanner } from './conflict-banner';
import { EditorHeader } from './editor-header';
import { MetadataFields } from './metadata-fields';
import { findByHeadline, looksLikePage } from './page-paste';
import { StatusBar } from './status-bar';
import { TextField } from './text-field';
import { useExternalChanges } from './use-external-changes';
import { useSaveSession } from './use-save-session';

export const HEADLINE_LIMIT = 70;
export const STANDFIRST_LIMIT = 160;

type TextFieldName = 'headline' | 'shortHeadline' | 'standfirst' | 'byline' | 'dateline' | 'notes';

function pickFields(article: Article): Omit<ArticleFields, 'body'> {
  const { body: _body, ...fields } = ArticleFieldsSchema.parse(article);
  return fields;
}

interface ArticleEditorProps {
  article: Article;
  /** A whole page was pasted into the empty article and saved as its fields. */
  onPageImported: (article: Article, report: ImportReport) => void;
  /** The article on disk replaced this window's text (a restore, or the writer's choice). */
  onReload: (article: Article, options?: { history?: boolean }) => void;
  /** Opens with the History panel showing (after a restore from it). */
  showHistory?: boolean;
}

export function ArticleEditor(props: ArticleEditorProps) {
  const { article, onPageImported, onReload, showHistory = false } = props;
  const fields = useRef<Omit<ArticleFields, 'body'>>(pickFields(article));
  const editorRef = useRef<Editor | undefined>(undefined);
  const [editor, setEditor] = useState<Editor>();
  // Status and language change rarely and change what the screen shows, so they are state.
  const [status, setStatus] = useState<ArticleStatus>(article.status);
  const [lang, setLang] = useState(article.language);

  const readDraft = useCallback(
    (): ArticleFields => ({
      ...fields.current,
      body: (editorRef.current?.getJSON() as ArticleFields['body'] | undefined) ?? article.body,
    }),
    [article.body],
  );
  const { queue, state, savedAt } = useSaveSession(
    article.id,
    article.revision,
    article.updatedAt,
    readDraft,
  );
  useExternalChanges(article.id, queue, savedAt);

  const onReady = useCallback((instance: Editor) => {
    editorRef.current = instance;
    setEditor(instance);
  }, []);
  // Bumped on every edit; only the open checklist listens, so typing re-renders nothing else.
  const draftVersion = useMemo(() => observable(0), []);
  const [checking, setChecking] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(showHistory);
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  // File > Export… and File > Version History in the desktop menu open the header's panels.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const request = state.editorRequest;
        if (!request || request === previous.editorRequest) return;
        if (request.panel === 'export') setExporting(true);
        if (request.panel === 'history') {
          setHistoryOpen(true);
          setChecking(false);
        }
      }),
    [],
  );
  const flushNow = useCallback(async () => {
    await queue.flush();
  }, [queue]);
  /**
   * Saves what is unsaved before something replaces the article's text (a restore, a pasted page)
   * or moves it; refuses, saying why, when that save cannot be made, so nothing typed is lost.
   */
  const ensureSaved = useCallback(async () => {
    if (!(await queue.flush())) {
      throw new Error(
        `your latest changes are not saved yet (${queue.unsavedReason}) and would be lost.`,
      );
    }
    return queue.currentRevision;
  }, [queue]);
  const edited = useCallback(() => {
    queue.markDirty();
    draftVersion.set(draftVersion.get() + 1);
  }, [queue, draftVersion]);
  const onBodyChange = edited;
  const readArticle = useCallback(
    (): Article => ({ ...article, ...readDraft() }),
    [article, readDraft],
  );
  const goTo = (issue: PreflightIssue) => goToIssue(issue, editorRef.current);
  const setField = (name: TextFieldName) => (value: string) => {
    fields.current = { ...fields.current, [name]: value };
    edited();
  };
  const update = (change: Partial<Omit<ArticleFields, 'body'>>) => {
    fields.current = { ...fields.current, ...change };
    edited();
  };
  const changeStatus = (next: ArticleStatus) => {
    setStatus(next);
    update({ status: next });
    // A status change is a milestone worth having on disk at once.
    void queue.flush();
  };
  const changeLanguage = (next: string) => {
    setLang(next);
    update({ language: next });
  };

  // A whole page pasted into an empty article is read like an imported .txt file.
  const pastePage = (text: string): boolean => {
    const empty =
      !fields.current.headline.trim() &&
      !fields.current.standfirst.trim() &&
      editorRef.current?.isEmpty;
    if (!empty || !looksLikePage(text)) return false;
    void importPastedPage(text);
    return true;
  };
  const importPastedPage = async (text: string) => {
    const store = useAppStore.getState();
    const page = parsePlainTextPage(text, {
      findArticle: (title) => findByHeadline(store.articles, title),
    });
    const { status, section, tags, notes } = fields.current;
    try {
      const baseRevision = await ensureSaved();
      await api.saveArticle({
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
        text: `Could not fill the article from the pasted page: ${messageOf(error)}`,
      });
    }
  };

  const addToTicker = async () => {
    const store = useAppStore.getState();
    const text = tickerText(fields.current);
    if (!text) {
      store.notify({
        tone: 'warning',
        text: 'Write a headline or a short headline first, then add it to the ticker.',
      });
      return;
    }
    try {
      await api.addTickerItems({
        items: [{ text, link: { kind: 'article', articleId: article.id } }],
      });
      store.notify({
        tone: 'info',
        text: `Added to the ticker: “${text}”.`,
        action: { label: 'Open the ticker', run: () => void store.navigate({ name: 'ticker' }) },
      });
    } catch (error) {
      store.notify({ tone: 'error', text: `Could not add to the ticker: ${messageOf(error)}` });
    }
  };

  const moveToTrash = async () => {
    const store = useAppStore.getState();
    try {
      await ensureSaved();
      await api.trashArticle({ id: article.id });
      store.notify({
        tone: 'info',
        text: `“${fields.current.headline || 'Untitled article'}” was moved to the trash.`,
        action: {
          label: 'Undo',
          run: () => {
            void api.restoreArticle({ id: article.id }).then(() => store.refresh());
          },
        },
      });
      await store.navigate({ name: 'library' });
    } catch (error) {
      store.notify({
        tone: 'error',
        text: `Could not move the article to the trash: ${messageOf(error)}`,
      });
    }
  };

  return (
    <div className="editor-screen">
      <EditorHeader
        status={status}
        onStatus={changeStatus}
        onAddToTicker={() => void addToTicker()}
        onTrash={() => void moveToTrash()}
        checking={checking}
        onToggleCheck={() => {
          setChecking(!checking);
          setHistoryOpen(false);
        }}
        historyOpen={historyOpen}
        onToggleHistory={() => {
          setHistoryOpen(!historyOpen);
          setChecking(false);
        }}
        onExport={() => setExporting(true)}
        previewing={previewing}
        onTogglePreview={() => setPreviewing(!previewing)}
      />
      {exporting && (
        <ExportDialog
          articleId={article.id}
          flush={flushNow}
          readArticle={readArticle}
          onClose={() => setExporting(false)}
        />
      )}
      <ConflictBanner
        articleId={article.id}
        saveState={state}
        readDraft={readDraft}
        onReload={onReload}
      />
      <main className="editor-body" lang={lang}>
        <TextField
          label="Headline"
          name="headline"
          className="headline-input"
          initial={article.headline}
          onChange={setField('headline')}
          limit={HEADLINE_LIMIT}
          limitHint="longer than most sites show in full"
          placeholder="What happened?"
          lang={lang}
          autoFocus={article.headline === ''}
        />
        <TextField
          label="Short headline"
          name="shortHeadline"
          initial={article.shortHeadline}
          onChange={setField('shortHeadline')}
          limit={TICKER_WARN_LENGTH}
          limitHint="long for the ticker"
          placeholder="For the ticker; leave empty to use the headline"
          lang={lang}
        />
        <TextField
          label="Standfirst"
          name="standfirst"
          initial={article.standfirst}
          onChange={setField('standfirst')}
          multiline
          limit={STANDFIRST_LIMIT}
          limitHint="longer than search results show"
          placeholder="One paragraph that tells the story"
          lang={lang}
        />
        <div className="field-row">
          <TextField
            label="Byline"
            name="byline"
            initial={article.byline}
            onChange={setField('byline')}
            placeholder="Reporter’s name"
            lang={lang}
          />
          <TextField
            label="Dateline"
            name="dateline"
            initial={article.dateline}
            onChange={setField('dateline')}
            placeholder="Phnom Penh"
            lang={lang}
          />
        </div>
        <MetadataFields
          initial={article}
          language={lang}
          onSection={(section) => update({ section })}
          onLanguage={changeLanguage}
          onTags={(tags) => update({ tags })}
        />
        <BodyEditor
          initial={article.body}
          language={lang}
          onReady={onReady}
          onChange={onBodyChange}
          onPasteText={pastePage}
        />
        <RelatedEditor
          articleId={article.id}
          initial={article.related}
          language={lang}
          onChange={(related) => update({ related })}
        />
        <TextField
          label="Editor’s notes"
          className="notes-input"
          initial={article.notes}
          onChange={setField('notes')}
          multiline
          placeholder="For the desk only: never published or exported"
          lang={lang}
        />
      </main>
      {previewing && (
        <PreviewPanel
          readArticle={readArticle}
          version={draftVersion}
          onClose={() => setPreviewing(false)}
        />
      )}
      {historyOpen && (
        <HistoryPanel
          articleId={article.id}
          language={lang}
          readArticle={readArticle}
          draftVersion={draftVersion}
          saveState={state}
          flush={ensureSaved}
          onRestored={(restored) => onReload(restored, { history: true })}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {checking && (
        <PreflightPanel
          readArticle={readArticle}
          version={draftVersion}
          onGoTo={goTo}
          onClose={() => setChecking(false)}
        />
      )}
      <StatusBar editor={editor} language={lang} saveState={state} />
    </div>
  );
}
