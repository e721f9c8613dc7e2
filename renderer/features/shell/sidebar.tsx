// Navigation between the library and the trash, and where the library lives.
import { useAppStore, type View } from '../../store';
import './shell.css';

export function Sidebar() {
  const view = useAppStore((state) => state.view);
  const info = useAppStore((state) => state.info);
  const go = (next: View) => void useAppStore.getState().navigate(next);
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Dateline</div>
      <button
        type="button"
        className="nav-item"
        aria-current={view.name === 'library' || view.name === 'editor' ? 'page' : undefined}
        onClick={() => go({ name: 'library' })}
      >
        Library
      </button>
      <button
        type="button"
        className="nav-item"
        aria-current={view.name === 'ticker' ? 'page' : undefined}
        onClick={() => go({ name: 'ticker' })}
      >
        Ticker
      </button>
      <button
        type="button"
        className="nav-item"
        aria-current={view.name === 'trash' ? 'page' : undefined}
        onClick={() => go({ name: 'trash' })}
      >
        Trash
      </button>
      <button
        type="button"
        className="nav-item"
        aria-current={view.name === 'settings' ? 'page' : undefined}
        onClick={() => go({ name: 'settings' })}
      >
        Settings
      </button>
      {info && (
        <p className="library-path" title={info.libraryPath}>
          Library folder
          <br />
          <span>{info.libraryPath}</span>
        </p>
      )}
    </nav>
  );
}
