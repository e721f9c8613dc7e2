// Which of the editor's panels are open: the checklist, History, Preview and the export dialog.
// The checklist and History share a side of the screen, so opening one closes the other.
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store';

export function useEditorPanels(showHistory: boolean) {
  const [checking, setChecking] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(showHistory);
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  // File > Export… and File > Version History in the desktop menu open the header's panels.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const request = state.editorRequest;
        if (!request || request === previous.editorRequest) return;
        if (request.panel === 'export') setExporting(true);
        if (request.panel === 'history') {
          setHistoryOpen(true);
          setChecking(false);
        }
      }),
    [],
  );

  return {
    checking,
    historyOpen,
    exporting,
    previewing,
    toggleCheck: () => {
      setChecking(!checking);
      setHistoryOpen(false);
    },
    toggleHistory: () => {
      setHistoryOpen(!historyOpen);
      setChecking(false);
    },
    togglePreview: () => setPreviewing(!previewing),
    openExport: () => setExporting(true),
    closeCheck: () => setChecking(false),
    closeHistory: () => setHistoryOpen(false),
    closeExport: () => setExporting(false),
    closePreview: () => setPreviewing(false),
  };
}
