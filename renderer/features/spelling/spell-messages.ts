// What the page and the spelling worker say to each other.

export type SpellRequest =
  | { type: 'load'; affUrl: string; dicUrl: string; words: string[] }
  | { type: 'words'; words: string[] }
  | { type: 'check'; id: number; words: string[] }
  | { type: 'suggest'; id: number; word: string };

export type SpellReply =
  | { type: 'loaded' }
  | { type: 'checked'; id: number; wrong: string[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  | { type: 'failed'; reason: string };
