// Shown when a save was refused because the article changed elsewhere: nothing is overwritten,
// and keeping both versions saves this window's text as its own article.
import { useState } from 'react';
import type { ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useObservable, type Observable } from '../../lib/observable';
import { useAppStore } from '../../store';
import type { SaveState } from './save-queue';

interface ConflictBannerProps {
  saveState: Observable<SaveState>;
  readDraft: () => ArticleFields;
}

export function ConflictBanner({ saveState, readDraft }: ConflictBannerProps) {
  const state = useObservable(saveState);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  if (state.kind !== 'conflict') return null;

  const keepBoth = async () => {
    setBusy(true);
    try {
      const copy = await api.createArticle({ fields: readDraft() });
      const store = useAppStore.getState();
      store.notify({
        tone: 'info',
        text: 'Your version was saved as a separate article, open now. The other version is still in the library.',
      });
      await store.navigate({ name: 'editor', id: copy.id });
    } catch (caught) {
      setError(`Could not keep both versions: ${messageOf(caught)}`);
      setBusy(false);
    }
  };

  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>This article was changed in another window or program.</strong> Your changes are
        still here and nothing was overwritten.
      </p>
      <button type="button" onClick={() => void keepBoth()} disabled={busy}>
        Keep both versions
      </button>
      {error && <p>{error}</p>}
    </div>
  );
}
