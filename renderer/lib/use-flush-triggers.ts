// Everything that should save an open document at once: leaving it (navigate() waits for the
// registered flush), the desktop host's commands, Ctrl/Cmd+S, the tab being hidden, and the page
// closing with unsaved changes (the browser then asks the user to wait).
import { useEffect } from 'react';
import { setActiveDocument } from '../store';

export function useFlushTriggers(
  flush: () => Promise<boolean>,
  isDirty: () => boolean,
  unsavedReason: () => string,
): void {
  useEffect(() => {
    setActiveDocument({ flush, unsavedReason });
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void flush();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty()) return;
      void flush();
      event.preventDefault();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      setActiveDocument(undefined);
    };
  }, [flush, isDirty, unsavedReason]);
}
