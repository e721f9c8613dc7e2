// Takes the writer to where a checklist entry points: the field, the place in the body,
// the related-news list or the ticker.
import type { Editor } from '@tiptap/react';
import type { PreflightIssue } from '../../../shared/preflight/types';
import { useAppStore } from '../../store';
import { editorChain } from '../editor/editor-chain';

export function goToIssue(issue: PreflightIssue, editor: Editor | undefined): void {
  switch (issue.field) {
    case 'body': {
      if (!editor) return;
      const size = editor.state.doc.content.size;
      const position = Math.min(Math.max(issue.position ?? 1, 1), size);
      editorChain(editor).setTextSelection(position).scrollIntoView().run();
      return;
    }
    case 'ticker':
      void useAppStore.getState().navigate({ name: 'ticker' });
      return;
    case 'related':
      document.querySelector('.related-editor')?.scrollIntoView({ block: 'start' });
      return;
    case 'status':
      document.querySelector<HTMLElement>('.status-select')?.focus();
      return;
    default:
      document.querySelector<HTMLElement>(`[data-field="${issue.field}"]`)?.focus();
  }
}
