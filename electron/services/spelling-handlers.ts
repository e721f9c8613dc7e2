// The spelling methods of the contract: the newsroom's words, read from and written to the library.
import type { ApiContext, Handlers } from './api-handlers';
import { addNewsroomWord, readNewsroomWords, saveNewsroomWords } from './newsroom-words';

type SpellingHandlers = Pick<
  Handlers,
  'listNewsroomWords' | 'addNewsroomWord' | 'saveNewsroomWords'
>;

export function createSpellingHandlers(context: Pick<ApiContext, 'library'>): SpellingHandlers {
  const root = () => context.library().root;
  return {
    listNewsroomWords: async () => readNewsroomWords(root()),
    addNewsroomWord: async ({ word }) => addNewsroomWord(root(), word),
    saveNewsroomWords: async ({ words }) => saveNewsroomWords(root(), words),
  };
}
