// Whether Dateline checks spelling and with which English, from the publication's settings:
// loaded once, and updated when Settings saves them, so an open article follows at once.
import type { Publication } from '../../../shared/publication';
import { api } from '../../api/client';
import { observable } from '../../lib/observable';
import type { SpellingVariant } from './spelling-variant';

export interface SpellingPreferences {
  check: boolean;
  english: SpellingVariant;
}

export const spellingPreferences = observable<SpellingPreferences>({ check: true, english: 'us' });

let loading: Promise<void> | undefined;

export function loadSpellingPreferences(): Promise<void> {
  loading ??= api.getPreferences({}).then(
    (preferences) => setSpellingPreferences(preferences.publication),
    () => undefined,
  );
  return loading;
}

/** Called whenever the publication's settings are loaded or saved. */
export function setSpellingPreferences(
  publication: Pick<Publication, 'checkSpelling' | 'englishSpelling'>,
): void {
  const current = spellingPreferences.get();
  const next = {
    check: publication.checkSpelling ?? true,
    english: publication.englishSpelling ?? 'us',
  };
  if (next.check !== current.check || next.english !== current.english) {
    spellingPreferences.set(next);
  }
}
