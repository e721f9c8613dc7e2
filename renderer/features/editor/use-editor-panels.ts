// Which of the editor's panels are open: the checklist, History, Preview, the article's settings
// and the export dialog. The checklist and History share a side of the screen, so opening one
// closes the other. Escape closes the one opened last and gives the focus back.
import { useEffect, useRef, useState } from 'react';
import { useEscapeToClose } from '../../lib/escape-close';
import { useAppStore } from '../../store';
import { initialSettingsOpen, keepSettingsOpen } from './settings-panel-state';

export function useEditorPanels(showHistory: boolean) {
  const [checking, setChecking] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(showHistory);
  const [exporting, setExporting] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(initialSettingsOpen);
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
  const showSettings = (open: boolean) => {
    setSettingsOpen(open);
    keepSettingsOpen(open);
  };
  // The Preview takes the settings' side of the screen while it is open, and gives it back.
  const settingsBeforePreview = useRef(false);
  const showPreview = (open: boolean) => {
    if (open) {
      settingsBeforePreview.current = settingsOpen;
      setSettingsOpen(false);
    } else if (settingsBeforePreview.current) {
      settingsBeforePreview.current = false;
      setSettingsOpen(true);
    }
    setPreviewing(open);
  };
  useEscapeToClose(checking, () => setChecking(false));
  useEscapeToClose(historyOpen, () => setHistoryOpen(false));
  useEscapeToClose(previewing, () => showPreview(false));
  useEscapeToClose(settingsOpen, () => showSettings(false));

  return {
    checking,
    historyOpen,
    exporting,
    previewing,
    settingsOpen,
    toggleCheck: () => {
      setChecking(!checking);
      setHistoryOpen(false);
    },
    toggleHistory: () => {
      setHistoryOpen(!historyOpen);
      setChecking(false);
    },
    togglePreview: () => showPreview(!previewing),
    toggleSettings: () => showSettings(!settingsOpen),
    openSettings: () => showSettings(true),
    openExport: () => setExporting(true),
    closeCheck: () => setChecking(false),
    closeHistory: () => setHistoryOpen(false),
    closeExport: () => setExporting(false),
    closePreview: () => showPreview(false),
    closeSettings: () => showSettings(false),
  };
}
