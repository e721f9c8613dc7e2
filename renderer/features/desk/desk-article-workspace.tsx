// An open desk article laid out as a library article is: header, headline, byline line,
// standfirst, body and related news, the article's settings beside them, and the Preview,
// checklist, History and Export panels, every field bound to the shared document.
import type { Editor } from '@tiptap/react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Article } from '../../../shared/article';
import { HEADLINE_LIMIT, STANDFIRST_LIMIT } from '../../../shared/preflight/preflight';
import type { PreflightIssue } from '../../../shared/preflight/types';
import { useT } from '../../i18n/intl-root';
import { SETTINGS_FIELDS } from '../editor/article-editor';
import { ArticleSettings } from '../editor/article-settings';
import { BodyEditor } from '../editor/body-editor';
import { BylineLine } from '../editor/byline-line';
import { EditorHeader } from '../editor/editor-header';
import '../editor/editor.css';
import { useEditorPanels } from '../editor/use-editor-panels';
import { ExportDialog } from '../export/export-dialog';
import { HistoryPanel } from '../history/history-panel';
import { LeadPhotoPanel } from '../photos/lead-photo-panel';
import { goToIssue } from '../preflight/go-to-issue';
import { PreflightPanel } from '../preflight/preflight-panel';
import { PreviewPanel } from '../preview/preview-panel';
import { RelatedEditor } from '../related/related-editor';
import { collaborationExtensions } from './collaboration';
import { deskHistory } from './desk-history';
import { DeskSettingsFields } from './desk-settings-fields';
import type { DeskArticleSession } from './use-desk-article';
import { useDeskFields } from './use-desk-fields';
import { YTextField } from './y-text-field';

interface DeskArticleWorkspaceProps {
  article: Article;
  session: DeskArticleSession;
  /** The way back and the workflow, for the header's start. */
  lead: ReactNode;
  /** Who else is in the article, for the header. */
  presence: ReactNode;
}

export function DeskArticleWorkspace(props: DeskArticleWorkspaceProps) {
  const { article, session } = props;
  const { doc, copy } = session;
  const t = useT();
  const fields = useDeskFields(doc, article);
  const lang = fields.values.language;
  const panels = useEditorPanels(false);
  const editorRef = useRef<Editor | undefined>(undefined);
  const onReady = useCallback((editor: Editor) => {
    editorRef.current = editor;
  }, []);
  const noChange = useCallback(() => undefined, []);
  const extensions = useMemo(() => collaborationExtensions(session), [session]);
  const history = useMemo(
    () => deskHistory(article.id, doc, copy, () => editorRef.current),
    [article.id, doc, copy],
  );
  const [flushExport] = useState(() => async () => {
    await history.flush();
  });
  const goTo = (issue: PreflightIssue) => {
    // A field of the settings panel is shown before the focus goes to it.
    if (SETTINGS_FIELDS.has(issue.field)) panels.openSettings();
    requestAnimationFrame(() => goToIssue(issue, editorRef.current));
  };

  return (
    <>
      <EditorHeader
        lead={props.lead}
        checking={panels.checking}
        onToggleCheck={panels.toggleCheck}
        historyOpen={panels.historyOpen}
        onToggleHistory={panels.toggleHistory}
        onExport={panels.openExport}
        previewing={panels.previewing}
        onTogglePreview={panels.togglePreview}
        settingsOpen={panels.settingsOpen}
        onToggleSettings={panels.toggleSettings}
      >
        {props.presence}
      </EditorHeader>
      {panels.exporting && (
        <ExportDialog
          articleId={article.id}
          flush={flushExport}
          readArticle={fields.readArticle}
          onClose={panels.closeExport}
        />
      )}
      <div className="editor-workspace">
        <main className="editor-body" lang={lang}>
          <YTextField
            label={t('editor.headline')}
            name="headline"
            className="headline-input"
            text={doc.getText('headline')}
            limit={HEADLINE_LIMIT}
            limitHint={t('editor.headline.hint')}
            placeholder={t('editor.headline.placeholder')}
            lang={lang}
            grow
            onEnter={() => editorRef.current?.commands.focus('start')}
          />
          <BylineLine
            readFields={fields.readFields}
            version={fields.version}
            lang={lang}
            onOpen={panels.openSettings}
          />
          <YTextField
            label={t('editor.standfirst')}
            name="standfirst"
            className="standfirst-input"
            multiline
            text={doc.getText('standfirst')}
            limit={STANDFIRST_LIMIT}
            limitHint={t('editor.standfirst.hint')}
            placeholder={t('editor.standfirst.placeholder')}
            lang={lang}
          />
          <BodyEditor
            initial={article.body}
            language={lang}
            onReady={onReady}
            onChange={noChange}
            collaboration={extensions}
          />
          <RelatedEditor
            articleId={article.id}
            initial={fields.values.related}
            language={lang}
            onChange={fields.setRelated}
          />
        </main>
        {panels.previewing && (
          <PreviewPanel
            readArticle={fields.readArticle}
            version={fields.version}
            onClose={panels.closePreview}
          />
        )}
        <ArticleSettings
          fields={<DeskSettingsFields doc={doc} fields={fields} />}
          open={panels.settingsOpen}
          onClose={panels.closeSettings}
        >
          <LeadPhotoPanel
            key={fields.photoKey}
            initial={fields.values.leadPhoto}
            onChange={fields.setLeadPhoto}
          />
        </ArticleSettings>
        {panels.historyOpen && (
          <HistoryPanel
            articleId={article.id}
            language={lang}
            readArticle={fields.readArticle}
            draftVersion={fields.version}
            saveState={copy.saveState}
            flush={history.flush}
            restoreVersion={history.restoreVersion}
            onRestored={noChange}
            onClose={panels.closeHistory}
          />
        )}
        {panels.checking && (
          <PreflightPanel
            readArticle={fields.readArticle}
            version={fields.version}
            onGoTo={goTo}
            onClose={panels.closeCheck}
          />
        )}
      </div>
    </>
  );
}
