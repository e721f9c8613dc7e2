// Navigation between the library and the trash, and where the library lives.
import { useT } from '../../i18n/intl-root';
import { useAppStore, type View } from '../../store';
import { useSidebarPlace, type SidebarItem } from './sidebar-place';
import './shell.css';

const PRODUCT_NAME = 'Dateline';

export function Sidebar() {
  const t = useT();
  const view = useAppStore((state) => state.view);
  const info = useAppStore((state) => state.info);
  const place = useSidebarPlace((state) => state.place);
  // An article belongs to the Library unless its screen said otherwise (a desk article).
  const current: SidebarItem = view.name === 'editor' ? (place ?? 'library') : view.name;
  const go = (next: View) => void useAppStore.getState().navigate(next);
  const item = (name: SidebarItem, label: string) => (
    <button
      type="button"
      className="nav-item"
      aria-current={current === name ? 'page' : undefined}
      onClick={() => go({ name })}
    >
      {label}
    </button>
  );
  return (
    <nav className="sidebar" aria-label={t('shell.navigation')}>
      <div className="brand">{PRODUCT_NAME}</div>
      {item('library', t('shell.library'))}
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
