// The words a save state is shown in, the same for an article and for the ticker.
import { t as currentT } from '../i18n/intl';
import type { SaveState } from './save-queue';

type Translate = (id: string, values?: Record<string, string>) => string;

/** `subject` says what was not saved: "article" or "ticker". */
export function describeSaveState(
  state: SaveState,
  subject: 'article' | 'ticker',
  t: Translate = currentT,
): string {
  switch (state.kind) {
    case 'saved':
      return t('save.saved');
    case 'saving':
      return t('save.saving');
    case 'error':
      return t('save.failed', { reason: state.message });
    case 'conflict':
      return t(subject === 'article' ? 'save.conflictArticle' : 'save.conflictTicker');
  }
}
