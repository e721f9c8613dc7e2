// Settings › Desk: the desk's address (or several) and an invite code; once joined, who this
// computer is on the desk, and leaving it (the articles stay in the library).
import { useEffect, useState, type FormEvent } from 'react';
import { messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';
import { useDeskStore } from './desk-store';

export function DeskSettings() {
  const t = useT();
  const status = useDeskStore((state) => state.status);
  const [addresses, setAddresses] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    void useDeskStore
      .getState()
      .load()
      .catch((error) => setProblem(messageOf(error)));
  }, []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem('');
    try {
      await work();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  const join = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await useDeskStore.getState().join(addresses, code);
      setCode('');
    });
  };

  return (
    <section className="settings-section desk-settings" aria-labelledby="desk-settings-title">
      <h2 id="desk-settings-title">{t('desk.settings.title')}</h2>
      {status?.joined ? (
        <>
          <p>{t('desk.joinedAs', { name: status.name, role: t(`desk.role.${status.role}`) })}</p>
          <p className="desk-addresses">{status.addresses.join(', ')}</p>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => useDeskStore.getState().leave())}
          >
            {t('desk.settings.leave')}
          </button>
          <p className="hint">{t('desk.settings.leaveHint')}</p>
        </>
      ) : (
        <form onSubmit={join}>
          <label>
            {t('desk.settings.address')}
            <textarea
              rows={2}
              value={addresses}
              onChange={(event) => setAddresses(event.target.value)}
            />
          </label>
          <label>
            {t('desk.settings.code')}
            <input
              type="text"
              value={code}
              autoComplete="off"
              onChange={(event) => setCode(event.target.value)}
            />
          </label>
          <button type="submit" disabled={busy || !addresses.trim() || !code.trim()}>
            {t('desk.settings.join')}
          </button>
        </form>
      )}
      {problem && (
        <p role="alert" className="desk-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
