// A test writer: adds a unique word to an article's notes at a steady pace, and keeps track of
// which words the desk acknowledged. Acknowledgements come in order, so when the provider counts
// `n` changes outstanding, all but the newest `n` words are on the desk as the writer sees it.
import * as Y from 'yjs';
import type { TestClient } from './desk-clients';

export interface Writer {
  issued: string[];
  done: Promise<void>;
  /** Words acknowledged before the first close (later ones may belong to another server). */
  acknowledgedBeforeClose(): string[];
  /** When the writer last came back: connected and with nothing outstanding. */
  closedAt: number | null;
}

export function startWriter(
  client: TestClient,
  tag: string,
  count: number,
  everyMs: number,
): Writer {
  const issued: string[] = [];
  let acknowledged = 0;
  let last = Infinity;
  let frozen = false;
  const writer: Writer = {
    issued,
    closedAt: null,
    acknowledgedBeforeClose: () => issued.slice(0, acknowledged),
    done: new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const notes = client.doc.getText('notes');
        const word = `${tag}${issued.length}`;
        notes.insert(notes.length, ` ${word}`);
        issued.push(word);
        if (issued.length >= count) {
          clearInterval(timer);
          resolve();
        }
      }, everyMs);
    }),
  };
  client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (!frozen && number < last) acknowledged = Math.max(acknowledged, issued.length - number);
    last = number;
  });
  client.provider.on('close', () => {
    frozen = true;
    writer.closedAt ??= performance.now();
  });
  return writer;
}

export const wordsOf = (doc: Y.Doc) =>
  new Set(doc.getText('notes').toString().split(' ').filter(Boolean));

/** The words of `expected` missing from a document. */
export const missingFrom = (doc: Y.Doc, expected: string[]) => {
  const words = wordsOf(doc);
  return expected.filter((word) => !words.has(word));
};
