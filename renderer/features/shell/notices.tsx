// Messages for the user (settings reset, an article moved to the trash), each dismissible. Each is
// worded at render time, so it follows a change of interface language while it is on screen.
// Confirmations fade after a few seconds (a pointer or the focus on one holds it); warnings and
// errors stay until dismissed or until they no longer apply.
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { formatMessageOf } from '../../i18n/message';
import { useAppStore, type Notice } from '../../store';
import './shell.css';

const CLOSE_MARK = '✕';
/** How long a confirmation stays: long enough to read, longer when it offers an action. */
const FADE_AFTER_MS = 6_000;
const FADE_WITH_ACTION_MS = 15_000;

export function Notices() {
  const intl = useIntl();
  const notices = useAppStore((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <div
      className="notices"
      role="region"
      aria-label={intl.formatMessage({ id: 'writing.notices' })}
      aria-live="polite"
    >
      {notices.map((notice) => (
        <NoticeBanner key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function NoticeBanner({ notice }: { notice: Notice }) {
  const intl = useIntl();
  const [held, setHeld] = useState(0);
  const fades = notice.tone === 'info';
  useEffect(() => {
    if (!fades || held > 0) return;
    const timer = setTimeout(
      () => useAppStore.getState().dismiss(notice.id),
      notice.action ? FADE_WITH_ACTION_MS : FADE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [fades, held, notice]);
  const hold = () => setHeld((count) => count + 1);
  const release = () => setHeld((count) => Math.max(0, count - 1));

  return (
    <div
      className={`banner banner-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : undefined}
      onPointerEnter={hold}
      onPointerLeave={release}
      onFocus={hold}
      onBlur={release}
    >
      <p>{formatMessageOf(intl, notice.message)}</p>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action?.run();
            useAppStore.getState().dismiss(notice.id);
          }}
        >
          {formatMessageOf(intl, notice.action.label)}
        </button>
      )}
      <button
        type="button"
        className="link-button"
        aria-label={intl.formatMessage({ id: 'common.dismiss' })}
        onClick={() => useAppStore.getState().dismiss(notice.id)}
      >
        {CLOSE_MARK}
      </button>
    </div>
  );
}
