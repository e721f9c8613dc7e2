// The spelling methods of the one API contract: the newsroom's own words, kept in the library.
import { z } from 'zod';

const returns = <T>() => undefined as unknown as T;
const NewsroomWordSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^\S+$/, 'one word, without spaces');

export const spellingMethods = {
  /** The names of people and places the spelling checker accepts, sorted. */
  listNewsroomWords: { input: z.strictObject({}), output: returns<string[]>() },
  /** Adds a word to the list as it is on disk now; answers the whole list. */
  addNewsroomWord: {
    input: z.strictObject({ word: NewsroomWordSchema }),
    output: returns<string[]>(),
  },
  /** Replaces the list (edited in Settings); answers it as kept. */
  saveNewsroomWords: {
    input: z.strictObject({ words: z.array(z.string().max(200)).max(20_000) }),
    output: returns<string[]>(),
  },
} as const;
