// A desk article's two copies on this computer, kept in step by the host: its Yjs state
// (desk/<id>.yjs) and its readable file (articles/<id>.json, which search, export, the command
// line and History read). Each state written is saved into the file, and the file's revision
// noted (desk/<id>.base.json). When the article opens again and the file has moved on without
// the desk editor (written while this computer had left the desk, by the command line, or by a
// restore), the document is first brought to the file, so those words are merged into the desk
// rather than written over.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import {
  ArticleFieldsSchema,
  type Article,
  type ArticleFields,
  type ArticleStatus,
} from '../../shared/article';
import { DatelineError } from '../../shared/api/errors';
import { articleFieldsFromDoc, bringDocTo } from '../../shared/desk/client-article';
import { ArticleIdSchema } from '../../shared/ids';
import { articleSchema } from '../../shared/schema/extensions';
import { writeFileAtomic } from './atomic-write';
import { DESK_STATE_FOLDER, readDeskState, writeDeskState } from './desk-state';
import type { Library } from './library';

interface CopyBase {
  /** The file's revision once it last held the document's fields. */
  revision: number;
}

export class DeskCopies {
  /** One write or read at a time per article, in the order asked. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly library: () => Library) {}

  /** Keeps the state and saves its fields into the article's file; answers the file's revision. */
  write(id: string, state: Uint8Array, status?: ArticleStatus, actor = ''): Promise<number> {
    return this.inTurn(id, async () => {
      const library = this.library();
      const doc = new Y.Doc();
      try {
        // Read before it is kept: bytes that are no Yjs state never replace the last good one.
        if (!applyState(doc, state)) {
          throw new DatelineError(
            'invalid-input',
            'The article’s shared text could not be read, so it was not kept. Your earlier copy is unchanged.',
          );
        }
        await writeDeskState(library.root, id, state);
        const file = await this.fileOf(id);
        const current = fieldsOf(file);
        const fields: ArticleFields = {
          ...articleFieldsFromDoc(doc, current),
          status: status ?? current.status,
        };
        let revision = file.revision;
        if (JSON.stringify(fields) !== JSON.stringify(current)) {
          revision = (await library.save(id, file.revision, fields, { actor })).revision;
        }
        await writeBase(library.root, id, { revision });
        return revision;
      } finally {
        doc.destroy();
      }
    });
  }

  /**
   * The desk took a status change: this laptop's file (when it keeps one) says so at once, so
   * History shows who changed it, without waiting for the article's next edit.
   */
  setStatus(id: string, status: ArticleStatus, actor: string): Promise<void> {
    return this.inTurn(id, async () => {
      const library = this.library();
      if (!(await readDeskState(library.root, id))) return;
      const file = await library.get(id);
      if (file.status === status) return;
      const saved = await library.save(id, file.revision, { ...fieldsOf(file), status }, { actor });
      const base = await readBase(library.root, id);
      // The file still matches the state it was written from: only its status moved.
      if (base?.revision === file.revision) {
        await writeBase(library.root, id, { revision: saved.revision });
      }
    });
  }

  /** The state to open the article from, brought to its file first when the file moved on. */
  read(id: string): Promise<Uint8Array | null> {
    return this.inTurn(id, async () => {
      const library = this.library();
      const state = await readDeskState(library.root, id);
      if (!state) return null;
      const base = await readBase(library.root, id);
      const file = await library.get(id).catch((error: unknown) => {
        if (error instanceof DatelineError && error.code === 'not-found') return null;
        throw error;
      });
      const doc = new Y.Doc();
      try {
        // A damaged copy is left to the desk, which holds everything this laptop sent it.
        if (!applyState(doc, state)) return null;
        if (!base || !file || file.revision === base.revision) return state;
        let brought = state;
        if (bringDocTo(doc, fieldsOf(file), articleSchema())) {
          brought = Y.encodeStateAsUpdate(doc);
          await writeDeskState(library.root, id, brought);
        }
        await writeBase(library.root, id, { revision: file.revision });
        return brought;
      } finally {
        doc.destroy();
      }
    });
  }

  private async fileOf(id: string): Promise<Article> {
    try {
      return await this.library().get(id);
    } catch (error) {
      if (!(error instanceof DatelineError && error.code === 'not-found')) throw error;
      return this.library().create({}, id);
    }
  }

  private inTurn<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }
}

/** Loads `state` into `doc`; false when the bytes are not a Yjs state. */
function applyState(doc: Y.Doc, state: Uint8Array): boolean {
  try {
    Y.applyUpdate(doc, state);
    return true;
  } catch {
    return false;
  }
}

/** The article's fields alone, without its id, revision and dates. */
function fieldsOf(article: Article): ArticleFields {
  const keys = Object.keys(ArticleFieldsSchema.shape) as (keyof ArticleFields)[];
  return Object.fromEntries(
    keys.filter((key) => article[key] !== undefined).map((key) => [key, article[key]]),
  ) as unknown as ArticleFields;
}

const baseFile = (root: string, id: string) =>
  path.join(root, DESK_STATE_FOLDER, `${ArticleIdSchema.parse(id)}.base.json`);

async function readBase(root: string, id: string): Promise<CopyBase | null> {
  try {
    const parsed = JSON.parse(await readFile(baseFile(root, id), 'utf8')) as Partial<CopyBase>;
    return Number.isInteger(parsed.revision) ? { revision: parsed.revision! } : null;
  } catch {
    // Missing or damaged: the file is taken as the document's copy, as before it was noted.
    return null;
  }
}

function writeBase(root: string, id: string, base: CopyBase): Promise<void> {
  return writeFileAtomic(baseFile(root, id), JSON.stringify(base));
}
