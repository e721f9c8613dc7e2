// The newsroom's words as the renderer holds them: loaded from the library once, updated when the
// spelling menu adds one or Settings replaces the list, so every open checker follows.
import { api } from '../../api/client';
import { observable } from '../../lib/observable';

export const newsroomWords = observable<string[]>([]);

let loading: Promise<void> | undefined;

/** Loads the list the first time spelling is needed; a library without one has none. */
export function loadNewsroomWords(): Promise<void> {
  loading ??= api.listNewsroomWords({}).then(
    (words) => newsroomWords.set(words),
    () => undefined,
  );
  return loading;
}

export async function addNewsroomWord(word: string): Promise<void> {
  newsroomWords.set(await api.addNewsroomWord({ word }));
}

export async function saveNewsroomWords(words: string[]): Promise<string[]> {
  const kept = await api.saveNewsroomWords({ words });
  newsroomWords.set(kept);
  return kept;
}
