// A desk article's status and assignee as the desk records them, with the actions the person's
// role allows: an editor approves and assigns; a reporter marks a story ready. The desk checks
// the role again, whatever the screen shows.
import { useState } from 'react';
import type { ArticleStatus } from '../../../shared/article';
import type { DeskRole } from '../../../shared/desk/roles';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { formatFull } from '../../lib/format';
import { useDeskStore } from './desk-store';

export function DeskWorkflow({ id, role }: { id: string; role: DeskRole }) {
  const t = useT();
  const entry = useDeskStore((state) => state.entries[id]);
  const people = useDeskStore((state) => state.people);
  const [problem, setProblem] = useState('');
  if (!entry) return null;

  const act = async (work: () => Promise<unknown>) => {
    setProblem('');
    try {
      const answer = await work();
      if (answer && typeof answer === 'object' && 'id' in answer) {
        useDeskStore.getState().put(answer as typeof entry);
      }
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  const setStatus = (status: ArticleStatus) => act(() => api.setDeskStatus({ id, status }));

  return (
    <span className="desk-workflow">
      <span className={`badge badge-${entry.status}`}>{statusLabel(t, entry.status)}</span>
      {entry.approval && (
        <span className="desk-approval">
          {t('desk.approvedBy', { name: entry.approval.by, when: formatFull(entry.approval.at) })}
        </span>
      )}
      {role === 'editor' ? (
        <>
          {entry.status !== 'approved' && (
            <button type="button" onClick={() => void setStatus('approved')}>
              {t('desk.approve')}
            </button>
          )}
          <select
            aria-label={t('desk.assignee')}
            value={entry.assignee ?? ''}
            onChange={(event) =>
              void act(() => api.assignDesk({ id, assignee: event.target.value || null }))
            }
          >
            <option value="">{t('desk.nobody')}</option>
            {people.map((person) => (
              <option key={person.name} value={person.name}>
                {person.name}
              </option>
            ))}
          </select>
        </>
      ) : (
        entry.status === 'draft' && (
          <button type="button" onClick={() => void setStatus('ready')}>
            {t('desk.markReady')}
          </button>
        )
      )}
      {problem && (
        <span role="alert" className="desk-problem">
          {problem}
        </span>
      )}
    </span>
  );
}
