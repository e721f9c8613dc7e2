// Messages for the user (settings reset, an article moved to the trash), each dismissible. Each is
// worded at render time, so it follows a change of interface language while it is on screen.
import { useIntl } from 'react-intl';
import { formatMessageOf } from '../../i18n/message';
import { useAppStore } from '../../store';
import './shell.css';

const CLOSE_MARK = '✕';

export function Notices() {
  const intl = useIntl();
  const notices = useAppStore((state) => state.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`banner banner-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : undefined}
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
      ))}
    </div>
  );
}
