// Decides whether the desk takes a Yjs update a client sent. The desk directory is written by
// the server alone; an article document takes content in its known fields only, so a client
// cannot plant workflow facts (an "approved" flag) where another client might read them.
import * as Y from 'yjs';
import { ARTICLE_ROOT_KEYS, ARTICLE_ROOTS, DESK_DOC_NAME } from '../shared/desk/article-doc';

export type Verdict =
  | { take: true; empty: boolean }
  | { take: false; code: 'forbidden' | 'too-large' | 'invalid'; reason: string };

export interface PolicyInput {
  docName: string;
  update: Uint8Array;
  /** The document as the server holds it now. */
  doc: Y.Doc;
  storedBytes: number;
  maxDocumentBytes: number;
}

export function judgeUpdate({
  docName,
  update,
  doc,
  storedBytes,
  maxDocumentBytes,
}: PolicyInput): Verdict {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { take: false, code: 'invalid', reason: 'The message is not a Yjs update.' };
  }
  const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
  if (docName === DESK_DOC_NAME) {
    if (empty || Y.snapshotContainsUpdate(Y.snapshot(doc), update))
      return { take: true, empty: true };
    return {
      take: false,
      code: 'forbidden',
      reason: 'The desk directory is kept by the desk server; no one can write it directly.',
    };
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || typeof struct.parent !== 'string') continue;
    // Only the first item of a root names it; every later one hangs off an item already taken.
    const root = struct.parent;
    if (!ARTICLE_ROOTS.includes(root)) {
      return { take: false, code: 'forbidden', reason: `"${root}" is not part of a desk article.` };
    }
    if (struct.parentSub !== null && !(ARTICLE_ROOT_KEYS[root] ?? []).includes(struct.parentSub)) {
      return {
        take: false,
        code: 'forbidden',
        reason: `"${root}.${struct.parentSub}" is not part of a desk article.`,
      };
    }
  }
  if (!empty && storedBytes + update.byteLength > maxDocumentBytes) {
    return {
      take: false,
      code: 'too-large',
      reason: `The article would grow past the desk's limit of ${formatMegabytes(maxDocumentBytes)}.`,
    };
  }
  return { take: true, empty };
}

const formatMegabytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round(bytes / (1024 * 1024))} MB`
    : `${Math.round(bytes / 1024)} KB`;
