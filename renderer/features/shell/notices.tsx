// Messages for the user (settings reset, an article moved to the trash), each dismissible.
import { useAppStore } from '../../store';
import './shell.css';

export function Notices() {
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
          <p>{notice.text}</p>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action?.run();
                useAppStore.getState().dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss"
            onClick={() => useAppStore.getState().dismiss(notice.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
