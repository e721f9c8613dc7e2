// Navigation between the library and the trash, and where the library lives.
import { useT } from '../../i18n/intl-root';
import { useAppStore, type View } from '../../store';
import './shell.css';

const PRODUCT_NAME = 'Dateline';

type Screen = Exclude<View, { name: 'editor' }>['name'];

export function Sidebar() {
  const t = useT();
  const view = useAppStore((state) => state.view);
  const info = useAppStore((state) => state.info);
  const go = (next: View) => void useAppStore.getState().navigate(next);
  const item = (name: Screen, label: string, current = view.name === name) => (
    <button
      type="button"
      className="nav-item"
      aria-current={current ? 'page' : undefined}
      onClick={() => go({ name })}
    >
      {label}
    </button>
  );
  return (
    <nav className="sidebar" aria-label={t('shell.navigation')}>
      <div className="brand">{PRODUCT_NAME}</div>
      {item('library', t('shell.library'), view.name === 'library' || view.name === 'editor')}
      {item('desk', t('desk.title'))}
      {item('ticker', t('shell.ticker'))}
      {item('trash', t('shell.trash'))}
      {item('settings', t('shell.settings'))}
      {info && (
        <p className="library-path" title={info.libraryPath}>
          {t('shell.libraryFolder')}
          <br />
          <span>{info.libraryPath}</span>
        </p>
      )}
    </nav>
  );
}
