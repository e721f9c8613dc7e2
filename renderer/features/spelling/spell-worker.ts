// The Web Worker that holds the dictionary: it fetches and parses the ~1 MB of Hunspell files off
// the main thread, once, and answers which words are wrong and what to write instead.
import { createSpellEngine, type SpellEngine } from './spell-engine';
import type { SpellReply, SpellRequest } from './spell-messages';

let engine: Promise<SpellEngine> | undefined;

async function load(affUrl: string, dicUrl: string): Promise<SpellEngine> {
  const read = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.text();
  };
  const [aff, dic] = await Promise.all([read(affUrl), read(dicUrl)]);
  return createSpellEngine(aff, dic);
}

async function answer(request: SpellRequest): Promise<SpellReply | undefined> {
  if (request.type === 'load') {
    engine = load(request.affUrl, request.dicUrl);
    (await engine).setNewsroomWords(request.words);
    return { type: 'loaded' };
  }
  if (!engine) throw new Error('the dictionary was not loaded');
  const ready = await engine;
  if (request.type === 'words') {
    ready.setNewsroomWords(request.words);
    return undefined;
  }
  if (request.type === 'check') {
    return {
      type: 'checked',
      id: request.id,
      wrong: request.words.filter((w) => !ready.isCorrect(w)),
    };
  }
  return { type: 'suggested', id: request.id, suggestions: ready.suggest(request.word) };
}

self.onmessage = (event: MessageEvent<SpellRequest>) => {
  answer(event.data).then(
    (reply) => reply && self.postMessage(reply),
    (error: unknown) =>
      self.postMessage({
        type: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      }),
  );
};
