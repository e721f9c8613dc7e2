// The editing screen of a desk article: the shared document opened, then the article laid out
// as a library article is (desk-article-workspace), with who else is in it, whether every
// change is on the desk, and the workflow the person's role allows.
import type { Article } from '../../../shared/article';
import type { DeskConnection } from '../../../shared/api/desk-contract';
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';
import '../editor/editor.css';
import { useSidebarItem } from '../shell/sidebar-place';
import { DeskArticleWorkspace } from './desk-article-workspace';
import { DeskWorkflow } from './desk-workflow';
import { useDeskArticle, type DeskSync } from './use-desk-article';
import './desk.css';

const SYNC_WORDS: Record<DeskSync, string> = {
  opening: 'desk.sync.opening',
  stored: 'desk.sync.stored',
  sending: 'desk.sync.sending',
  offline: 'desk.sync.offline',
  unavailable: 'desk.sync.unavailable',
};

export function DeskArticleEditor(props: { article: Article; connection: DeskConnection }) {
  const { article, connection } = props;
  const t = useT();
  const { session, sync, people, copyError } = useDeskArticle(article, connection);
  useSidebarItem('desk');

  const lead = (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => void useAppStore.getState().navigate({ name: 'desk' })}
      >
        {t('desk.backToDesk')}
      </button>
      <DeskWorkflow id={article.id} role={connection.role} />
    </>
  );
  const presence = (
    <ul className="desk-presence" aria-label={t('desk.presence')}>
      {people.map((person, index) => (
        <li key={`${person.name}-${index}`} className={`desk-person desk-colour-${person.colour}`}>
          {person.name}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="editor-screen desk-editor">
      {session ? (
        <DeskArticleWorkspace article={article} session={session} lead={lead} presence={presence} />
      ) : (
        <>
          <header className="editor-header">
            <h1 className="visually-hidden">{t('writing.heading')}</h1>
            {lead}
          </header>
          <p className="screen-message">{t(SYNC_WORDS[sync])}</p>
        </>
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
