// The editing screen of one article, laid out text first: header, headline, byline line,
// standfirst, body and related news, with the article's settings in a side panel, the open
// panels and the status bar. What it does lives in its hooks: the draft and its saving
// (use-article-draft), the actions (use-article-actions) and the panels (use-editor-panels).
import type { Article } from '../../../shared/article';
import type { ImportReport } from '../../../shared/import/types';
import { HEADLINE_LIMIT, STANDFIRST_LIMIT } from '../../../shared/preflight/preflight';
import type { PreflightIssue } from '../../../shared/preflight/types';
import { FileToDeskButton } from '../desk/file-to-desk-button';
import { ExportDialog } from '../export/export-dialog';
import { HistoryPanel } from '../history/history-panel';
import { goToIssue } from '../preflight/go-to-issue';
import { PreflightPanel } from '../preflight/preflight-panel';
import { PreviewPanel } from '../preview/preview-panel';
import { RelatedEditor } from '../related/related-editor';
import { LeadPhotoPanel } from '../photos/lead-photo-panel';
import { ApprovalBanner } from '../workflow/approval-banner';
import { useT } from '../../i18n/intl-root';
import { BodyEditor } from './body-editor';
import { ConflictBanner } from './conflict-banner';
import { EditorHeader } from './editor-header';
import './editor.css';
import { ArticleSettings } from './article-settings';
import { BylineLine } from './byline-line';
import { StatusBar } from './status-bar';
import { TextField } from './text-field';
import { useArticleActions } from './use-article-actions';
import { useFocusOnOpen } from './use-focus-on-open';
import { useArticleDraft } from './use-article-draft';
import { useEditorPanels } from './use-editor-panels';

/** The fields kept in the settings panel rather than beside the text. */
export const SETTINGS_FIELDS = new Set<string>([
  'shortHeadline',
  'byline',
  'dateline',
  'datelineDate',
  'datelineAgency',
  'section',
  'language',
  'tags',
  'notes',
  'leadPhoto',
]);

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
  const draft = useArticleDraft(article);
  const t = useT();
  const { lang, setField, update, readArticle, draftVersion, saveState } = draft;
  const actions = useArticleActions({ article, draft, onPageImported });
  const panels = useEditorPanels(showHistory);
  const goTo = (issue: PreflightIssue) => {
    // A field of the settings panel is shown before the focus goes to it.
    if (SETTINGS_FIELDS.has(issue.field)) panels.openSettings();
    requestAnimationFrame(() => goToIssue(issue, draft.editorRef.current));
  };
  useFocusOnOpen(draft.editor, article.headline === '');

  return (
    <div className="editor-screen">
      <EditorHeader
        status={draft.status}
        onStatus={draft.changeStatus}
        onAddToTicker={() => void actions.addToTicker()}
        onTrash={() => void actions.moveToTrash()}
        checking={panels.checking}
        onToggleCheck={panels.toggleCheck}
        historyOpen={panels.historyOpen}
        onToggleHistory={panels.toggleHistory}
        onExport={panels.openExport}
        previewing={panels.previewing}
        onTogglePreview={panels.togglePreview}
        settingsOpen={panels.settingsOpen}
        onToggleSettings={panels.toggleSettings}
      />
      <FileToDeskButton articleId={article.id} flush={draft.flushNow} />
      {panels.exporting && (
        <ExportDialog
          articleId={article.id}
          flush={draft.flushNow}
          readArticle={readArticle}
          onClose={panels.closeExport}
        />
      )}
      <ConflictBanner
        articleId={article.id}
        saveState={saveState}
        readDraft={draft.readDraft}
        draftVersion={draftVersion}
        onReload={onReload}
      />
      <ApprovalBanner
        articleId={article.id}
        status={draft.status}
        workflow={draft.workflow}
        ensureSaved={draft.ensureSaved}
        onReload={onReload}
        onOpenChecklist={() => !panels.checking && panels.toggleCheck()}
      />
      <div className="editor-workspace">
        <main className="editor-body" lang={lang}>
          <TextField
            label={t('editor.headline')}
            name="headline"
            className="headline-input"
            initial={article.headline}
            onChange={setField('headline')}
            limit={HEADLINE_LIMIT}
            limitHint={t('editor.headline.hint')}
            placeholder={t('editor.headline.placeholder')}
            lang={lang}
            autoFocus={article.headline === ''}
            grow
            onEnter={() => draft.editorRef.current?.commands.focus('start')}
          />
          <BylineLine
            readFields={draft.readFields}
            version={draftVersion}
            lang={lang}
            onOpen={panels.openSettings}
          />
          <TextField
            label={t('editor.standfirst')}
            name="standfirst"
            className="standfirst-input"
            initial={article.standfirst}
            onChange={setField('standfirst')}
            multiline
            limit={STANDFIRST_LIMIT}
            limitHint={t('editor.standfirst.hint')}
            placeholder={t('editor.standfirst.placeholder')}
            lang={lang}
          />
          <BodyEditor
            initial={article.body}
            language={lang}
            onReady={draft.onReady}
            onChange={draft.onBodyChange}
            onPasteText={actions.pastePage}
          />
          <RelatedEditor
            articleId={article.id}
            initial={article.related}
            language={lang}
            onChange={(related) => update({ related })}
          />
        </main>
        {panels.previewing && (
          <PreviewPanel
            readArticle={readArticle}
            version={draftVersion}
            onClose={panels.closePreview}
          />
        )}
        <ArticleSettings
          article={article}
          draft={draft}
          open={panels.settingsOpen}
          onClose={panels.closeSettings}
        >
          <LeadPhotoPanel
            initial={article.leadPhoto}
            onChange={(leadPhoto) => update({ leadPhoto })}
          />
        </ArticleSettings>
        {panels.historyOpen && (
          <HistoryPanel
            articleId={article.id}
            language={lang}
            readArticle={readArticle}
            draftVersion={draftVersion}
            saveState={saveState}
            flush={draft.ensureSaved}
            onRestored={(restored) => onReload(restored, { history: true })}
            onClose={panels.closeHistory}
          />
        )}
        {panels.checking && (
          <PreflightPanel
            readArticle={readArticle}
            version={draftVersion}
            onGoTo={goTo}
            onClose={panels.closeCheck}
          />
        )}
      </div>
      <StatusBar editor={draft.editor} language={lang} saveState={saveState} />
    </div>
  );
}
