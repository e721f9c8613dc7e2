// The words a save state is shown in, the same for an article and for the ticker.
import type { SaveState } from './save-queue';

export function describeSaveState(state: SaveState, subject: string): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `${state.message} Your text is safe in this window; Dateline keeps trying.`;
    case 'conflict':
      return `Not saved: ${subject} was changed in another window.`;
  }
}
