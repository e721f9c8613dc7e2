// The editing screen of a desk article: its fields and body bound to the shared document, who
// else is in it, whether every change is on the desk, and the workflow the person's role allows.
import type { Article } from '../../../shared/article';
import type { DeskConnection } from '../../../shared/api/desk-contract';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import { BodyEditor } from '../editor/body-editor';
import '../editor/editor.css';
import { collaborationExtensions } from './collaboration';
import { DeskWorkflow } from './desk-workflow';
import { useDeskArticle, type DeskSync } from './use-desk-article';
import { YTextField } from './y-text-field';
import './desk.css';

const SYNC_WORDS: Record<DeskSync, string> = {
  opening: 'desk.sync.opening',
  stored: 'desk.sync.stored',
  sending: 'desk.sync.sending',
  offline: 'desk.sync.offline',
  unavailable: 'desk.sync.unavailable',
};

const noop = () => undefined;

export function DeskArticleEditor(props: { article: Article; connection: DeskConnection }) {
  const { article, connection } = props;
  const t = useT();
  const { session, sync, people, copyError } = useDeskArticle(article, connection);
  const lang = article.language;

  return (
    <div className="editor-screen desk-editor">
      <header className="editor-header">
        <button
          type="button"
          className="link-button"
          onClick={() => void useAppStore.getState().navigate({ name: 'desk' })}
        >
          {t('desk.backToDesk')}
        </button>
        <DeskWorkflow id={article.id} role={connection.role} />
        <span className="header-spacer" />
        <ul className="desk-presence" aria-label={t('desk.presence')}>
          {people.map((person, index) => (
            <li
              key={`${person.name}-${index}`}
              className={`desk-person desk-colour-${person.colour}`}
            >
              {person.name}
            </li>
          ))}
        </ul>
      </header>
      {session ? (
        <main className="editor-body" lang={lang}>
          <YTextField
            label={t('desk.field.headline')}
            name="headline"
            className="headline-input"
            text={session.doc.getText('headline')}
            lang={lang}
          />
          <YTextField
            label={t('desk.field.standfirst')}
            name="standfirst"
            multiline
            text={session.doc.getText('standfirst')}
            lang={lang}
          />
          <div className="field-row">
            <YTextField
              label={t('desk.field.byline')}
              name="byline"
              text={session.doc.getText('byline')}
              lang={lang}
            />
            <YTextField
              label={t('desk.field.dateline')}
              name="dateline"
              text={session.doc.getText('dateline')}
              lang={lang}
            />
          </div>
          <BodyEditor
            initial={article.body}
            language={lang}
            onReady={noop}
            onChange={noop}
            collaboration={collaborationExtensions(session)}
          />
          <YTextField
            label={t('desk.field.notes')}
            name="notes"
            className="notes-input"
            multiline
            text={session.doc.getText('notes')}
            lang={lang}
          />
        </main>
      ) : (
        <p className="screen-message">{t(SYNC_WORDS[sync])}</p>
      )}
      <footer className="status-bar desk-status-bar">
        <span role="status" className={`desk-sync desk-sync-${sync}`}>
          {t(SYNC_WORDS[sync])}
        </span>
        {copyError && (
          <span role="alert" className="desk-copy-error">
            {t('desk.copyFailed', { reason: copyError })}
          </span>
        )}
      </footer>
    </div>
  );
}
