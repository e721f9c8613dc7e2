// The app frame: sidebar, notices, and the screen the user is on.
import { useCallback, useEffect, useState } from 'react';
import { onHostCommand } from './api/client';
import { DeskView } from './features/desk/desk-view';
import { useDeskStore } from './features/desk/desk-store';
import { ArticleScreen } from './features/desk/article-screen';
import { EditionDialog } from './features/export/edition-dialog';
import { useEditionStore } from './features/export/edition-store';
import { ImportDialog } from './features/import/import-dialog';
import { requestImport } from './features/import/request-import';
import { LibraryView } from './features/library/library-view';
import { Notices } from './features/shell/notices';
import { ShortcutList } from './features/shell/shortcut-list';
import { useAppShortcuts } from './features/shell/shortcuts';
import { Sidebar } from './features/shell/sidebar';
import { SettingsView } from './features/settings/settings-view';
import { TickerView } from './features/ticker/ticker-view';
import { TrashView } from './features/trash/trash-view';
import { flushActiveDocument, useAppStore } from './store';

export function App() {
  const view = useAppStore((state) => state.view);
  const [shortcuts, setShortcuts] = useState(false);
  useAppShortcuts(useCallback(() => setShortcuts((shown) => !shown), []));

  useEffect(() => {
    void useAppStore.getState().init();
    // A desk that cannot be reached now is not an error: its articles open from this computer.
    void useDeskStore
      .getState()
      .load()
      .catch(() => undefined);
    return onHostCommand((command) => {
      if (command === 'new-article') return useAppStore.getState().newArticle();
      if (command === 'import') return requestImport();
      if (command === 'export-edition') return useEditionStore.getState().show();
      if (command === 'export' || command === 'history') {
        return useAppStore.getState().openInEditor(command);
      }
      // The host waits for the save; whether it worked, the status bar says.
      return flushActiveDocument().then(() => undefined);
    });
  }, []);

  return (
    <div className="app">
      <Sidebar />
      <div className="content">
        <Notices />
        <ImportDialog />
        <EditionDialog />
        {/* The editor marks its text column as the page's main part; the ticker keeps its
            header a banner, where its save state is read out. */}
        {view.name === 'editor' && <ArticleScreen id={view.id} />}
        {view.name === 'ticker' && <TickerView />}
        {view.name !== 'editor' && view.name !== 'ticker' && (
          <main className="screen-main">
            {view.name === 'library' && <LibraryView />}
            {view.name === 'trash' && <TrashView />}
            {view.name === 'settings' && <SettingsView />}
            {view.name === 'desk' && <DeskView />}
          </main>
        )}
      </div>
      {shortcuts && <ShortcutList onClose={() => setShortcuts(false)} />}
    </div>
  );
}
