// The Desk view: every article on the desk, for every member, with its status, who it is assigned
// to and who changed it last; opening one edits it together with whoever else is in it.
import { useEffect } from 'react';
import { useT } from '../../i18n/intl-root';
import { statusLabel } from '../../lib/article-words';
import { formatFull } from '../../lib/format';
import { useAppStore } from '../../store';
import { DeskWorkflow } from './desk-workflow';
import { useDeskStore } from './desk-store';
import './desk.css';

export function DeskView() {
  const t = useT();
  const status = useDeskStore((state) => state.status);
  const entries = useDeskStore((state) => state.entries);
  const online = useDeskStore((state) => state.online);
  useEffect(() => {
    if (!useDeskStore.getState().status) void useDeskStore.getState().load();
  }, []);

  if (!status?.joined) {
    return (
      <section className="desk-view">
        <h1>{t('desk.title')}</h1>
        <p>{t('desk.notJoined')}</p>
        <button
          type="button"
          onClick={() => void useAppStore.getState().navigate({ name: 'settings' })}
        >
          {t('desk.goToSettings')}
        </button>
      </section>
    );
  }
  const rows = Object.values(entries).sort((a, b) =>
    b.lastChangedAt.localeCompare(a.lastChangedAt),
  );
  return (
    <section className="desk-view">
      <h1>{t('desk.title')}</h1>
      <p className="desk-who">
        <span>
          {t('desk.joinedAs', { name: status.name, role: t(`desk.role.${status.role}`) })}
        </span>
        <span role="status">{online ? t('desk.online') : t('desk.offline')}</span>
      </p>
      {rows.length === 0 ? (
        <p>{t('desk.empty')}</p>
      ) : (
        <table className="desk-table">
          <thead>
            <tr>
              <th>{t('desk.column.headline')}</th>
              <th>{t('desk.column.status')}</th>
              <th>{t('desk.column.assignee')}</th>
              <th>{t('desk.column.lastChange')}</th>
              <th>{t('desk.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <button
                    type="button"
                    className="link-button desk-open"
                    onClick={() =>
                      void useAppStore.getState().navigate({ name: 'editor', id: entry.id })
                    }
                  >
                    {entry.headline || t('desk.untitled')}
                  </button>
                </td>
                <td>{statusLabel(t, entry.status)}</td>
                <td>{entry.assignee ?? t('desk.nobody')}</td>
                <td>
                  {t('desk.changedBy', {
                    name: entry.lastChangedBy,
                    when: formatFull(entry.lastChangedAt),
                  })}
                </td>
                <td>
                  <DeskWorkflow id={entry.id} role={status.role} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
