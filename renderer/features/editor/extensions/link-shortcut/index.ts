// Ctrl/Cmd+K opens Dateline's link dialog instead of the browser's address bar.
import { Extension } from '@tiptap/core';

export interface LinkShortcutOptions {
  onOpenLinkDialog: () => void;
}

export const LinkShortcut = Extension.create<LinkShortcutOptions>({
  name: 'linkShortcut',
  addOptions() {
    return { onOpenLinkDialog: () => undefined };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onOpenLinkDialog();
        return true;
      },
    };
  },
});
