// The page's side of the spelling worker: one worker per dictionary, started the first time an
// article needs it. Verdicts are remembered per word, so typing only ever asks about new words.
import usAff from '../../../node_modules/dictionary-en/index.aff?url';
import usDic from '../../../node_modules/dictionary-en/index.dic?url';
import ukAff from '../../../node_modules/dictionary-en-gb/index.aff?url';
import ukDic from '../../../node_modules/dictionary-en-gb/index.dic?url';
import type { SpellReply, SpellRequest } from './spell-messages';
import { normalWord } from './spell-words';
import type { SpellingVariant } from './spelling-variant';
import { newsroomWords } from './newsroom-words';

const FILES: Record<SpellingVariant, { aff: string; dic: string }> = {
  us: { aff: usAff, dic: usDic },
  uk: { aff: ukAff, dic: ukDic },
};

export interface SpellChecker {
  readonly variant: SpellingVariant;
  /** True when known right, false when known wrong, undefined when not asked yet. */
  verdict(word: string): boolean | undefined;
  /** Asks the worker about the words not known yet. */
  check(words: string[]): Promise<void>;
  suggest(word: string): Promise<string[]>;
  /** Accepts the word until the app closes. */
  ignore(word: string): void;
  /** Told when verdicts changed other than by checking (words added or ignored). */
  onChange(listener: () => void): () => void;
}

const checkers = new Map<SpellingVariant, SpellChecker>();

export function spellChecker(variant: SpellingVariant): SpellChecker {
  let checker = checkers.get(variant);
  if (!checker) checkers.set(variant, (checker = startChecker(variant)));
  return checker;
}

function startChecker(variant: SpellingVariant): SpellChecker {
  const worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' });
  const verdicts = new Map<string, boolean>();
  const ignored = new Set<string>();
  const waiting = new Map<number, (reply: SpellReply) => void>();
  const listeners = new Set<() => void>();
  let nextId = 1;
  const post = (request: SpellRequest) => worker.postMessage(request);
  const changed = () => listeners.forEach((listener) => listener());

  worker.onmessage = (event: MessageEvent<SpellReply>) => {
    const reply = event.data;
    if (reply.type === 'failed') {
      console.warn(`The spelling dictionary could not be used: ${reply.reason}`);
      waiting.forEach((resolve) => resolve(reply));
      waiting.clear();
      return;
    }
    if ('id' in reply) {
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    }
  };
  const ask = (request: SpellRequest & { id: number }) =>
    new Promise<SpellReply>((resolve) => {
      waiting.set(request.id, resolve);
      post(request);
    });

  const base = document.baseURI;
  post({
    type: 'load',
    affUrl: new URL(FILES[variant].aff, base).href,
    dicUrl: new URL(FILES[variant].dic, base).href,
    words: newsroomWords.get(),
  });
  newsroomWords.subscribe(() => {
    post({ type: 'words', words: newsroomWords.get() });
    // What was wrong may be a newsroom word now.
    for (const [word, right] of verdicts) if (!right) verdicts.delete(word);
    changed();
  });

  return {
    variant,
    verdict: (word) => (ignored.has(normalWord(word)) ? true : verdicts.get(word)),
    async check(words) {
      const unknown = [...new Set(words)].filter((word) => !verdicts.has(word));
      if (unknown.length === 0) return;
      const reply = await ask({ type: 'check', id: nextId++, words: unknown });
      if (reply.type !== 'checked') {
        // Without a dictionary nothing is marked wrong.
        for (const word of unknown) verdicts.set(word, true);
        return;
      }
      const wrong = new Set(reply.wrong);
      for (const word of unknown) verdicts.set(word, !wrong.has(word));
    },
    async suggest(word) {
      const reply = await ask({ type: 'suggest', id: nextId++, word });
      return reply.type === 'suggested' ? reply.suggestions : [];
    },
    ignore(word) {
      ignored.add(normalWord(word));
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
