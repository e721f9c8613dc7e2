// Test support for the API fuzz tests: inputs that fit every field's type but aim outside the
// library (paths up and out, absolute paths, NUL, control characters, very long text), built
// from one valid input per method, and the sentinels that show nothing outside was touched.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contract, type MethodName, type MethodInput } from '../../shared/api/contract';
import { emptyFields } from '../../shared/article';

/** Written in every sentinel; an answer that holds it read a file outside the library. */
export const SENTINEL_TEXT = 'OUTSIDE-SENTINEL do not read {not json';

/**
 * Files beside the library (`<parent>/sentinel.json`) and in a sibling folder
 * (`<parent>/outside/secret.json`), where `../../sentinel` and `../../outside/secret` as an
 * article id would land.
 */
export async function plantSentinels(parent: string): Promise<void> {
  await mkdir(path.join(parent, 'outside'), { recursive: true });
  await writeFile(path.join(parent, 'sentinel.json'), SENTINEL_TEXT);
  await writeFile(path.join(parent, 'outside', 'secret.json'), SENTINEL_TEXT);
  await writeFile(path.join(parent, 'outside', 'secret'), SENTINEL_TEXT);
}

/** Every file under `parent` but those under `skip`, with a hash of its bytes. */
export async function filesOutside(parent: string, skip: string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (skip.includes(full)) continue;
      if (entry.isDirectory()) {
        out.push(`${path.relative(parent, full)}/`);
        await walk(full);
      } else {
        const hash = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
        out.push(`${path.relative(parent, full)} ${hash}`);
      }
    }
  };
  await walk(parent);
  return out.sort();
}

/** Strings any text field may be sent, aimed at `parent`, the folder holding the library. */
export function hostileStrings(parent: string): string[] {
  return [
    '../../outside/secret',
    '../../sentinel',
    '../outside/secret',
    '..',
    '../',
    '.',
    '..\\..\\outside\\secret',
    '%2e%2e%2f%2e%2e%2foutside%2fsecret',
    '%2e%2e',
    '....//....//outside/secret',
    path.join(parent, 'outside', 'secret'),
    path.join(parent, 'sentinel.json'),
    path.join(parent, 'outside'),
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '../../outside/secret\u0000',
    'a\u0000b',
    '0f8fad5b-d9cb-469f-a165-70867728950e/../../../outside/secret',
    '\u0001\u0007\u001b[31m\u007f\u009b',
    'line\nbreak\r\n\ttab',
    'x'.repeat(100_000),
    '../'.repeat(5_000),
  ];
}

export interface BaseIds {
  articleId: string;
  versionId: string;
  jobId: string;
}

/** One valid input per method, with text in each field the hostile strings replace. */
export function validInputs(ids: BaseIds): { [M in MethodName]: MethodInput<M> } {
  const { articleId: id, versionId, jobId } = ids;
  const fields = {
    ...emptyFields(),
    headline: 'Flood waters recede',
    byline: 'Staff',
    tags: ['flood'],
    related: [
      {
        id: 'entry1',
        title: 'Earlier',
        titleEdited: true,
        target: { kind: 'article' as const, articleId: id },
      },
    ],
  };
  return {
    getAppInfo: {},
    listArticles: { early: true },
    getArticle: { id },
    createArticle: { fields },
    saveArticle: { id, baseRevision: 1, fields },
    getRevisionOnDisk: { id },
    listVersions: { id },
    getVersion: { id, versionId },
    saveVersion: { id, label: 'Before the edit' },
    restoreVersion: { id, versionId, baseRevision: 1 },
    recordCorrection: { id, baseRevision: 1, note: 'An earlier version misstated the date.' },
    trashArticle: { id },
    listTrash: {},
    restoreArticle: { id },
    emptyTrash: { ids: [id] },
    searchArticles: { query: 'flood' },
    importFile: { name: 'story.txt', data: 'aGVsbG8=' },
    countText: { text: 'ភ្នំពេញ ថ្ងៃនេះ', language: 'km' },
    getTicker: {},
    saveTicker: { baseRevision: 0, items: [{ id: 'item01', text: 'Rains', breaking: false }] },
    addTickerItems: {
      items: [{ text: 'Rains arrive early', link: { kind: 'article', articleId: id } }],
    },
    preflightArticle: { id },
    preflightLibrary: { status: 'draft' },
    exportArticle: { id, format: 'page' },
    startEdition: { ids: [id] },
    editionProgress: { jobId },
    cancelEdition: { jobId },
    getPreferences: {},
    updatePreferences: { sections: ['News'] },
    joinDesk: { addresses: 'ws://127.0.0.1:9', code: '0123456789abcdef0123456789abcdef' },
    leaveDesk: {},
    deskStatus: {},
    deskConnection: {},
    fileToDesk: { id },
    openDeskCopy: { id },
    listDeskArticles: {},
    setDeskStatus: { id, status: 'approved' },
    assignDesk: { id, assignee: 'Sokha' },
    getDeskSettings: {},
    readDeskState: { id },
    writeDeskState: { id, state: 'AAA=' },
    addPhoto: { name: 'photo.png', data: 'iVBORw0KGgo=' },
    describePhoto: { hash: 'a'.repeat(64) },
    readPhoto: { hash: 'a'.repeat(64) },
    listNewsroomWords: {},
    addNewsroomWord: { word: 'Sokhom' },
    saveNewsroomWords: { words: ['Sokhom', 'Kampot'] },
  };
}

/** Keys whose value names an article, a version, an entry or a job, never free text. */
const ID_KEYS = new Set(['id', 'ids', 'articleId', 'versionId', 'jobId', 'hash']);

export interface HostileInput {
  input: unknown;
  /** Where the hostile string went, e.g. `fields.related.0.target.articleId`. */
  where: string;
  /** An id field: the contract itself must refuse the string, before any service sees it. */
  isId: boolean;
}

/** The valid input of `method` with each of its text fields, in turn, set to each string. */
export function hostileInputs(
  method: MethodName,
  base: unknown,
  strings: string[],
): HostileInput[] {
  const out: HostileInput[] = [];
  for (const leaf of textLeaves(base)) {
    const isId = leaf.some((key) => ID_KEYS.has(key));
    for (const text of strings) {
      out.push({ input: withValue(base, leaf, text), where: leaf.join('.'), isId });
    }
  }
  // A method whose input holds only flags (true or false) has no text to make hostile.
  const fields = Object.values(contract[method].input.shape) as {
    safeParse(v: unknown): { success: boolean };
  }[];
  const onlyFlags = fields.every((field) => field.safeParse(true).success);
  if (out.length === 0 && !onlyFlags) {
    throw new Error(`${method}'s valid input has no text field to make hostile`);
  }
  return out;
}

function textLeaves(value: unknown, at: string[] = []): string[][] {
  if (typeof value === 'string') return [at];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => textLeaves(child, [...at, key]));
}

function withValue(value: unknown, at: string[], text: string): unknown {
  if (at.length === 0) return text;
  const [key, ...rest] = at as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  copy[key] = withValue(copy[key], rest, text);
  return copy;
}

/** Why an answer to a hostile but well-typed input is unsafe, or undefined when it is fine. */
export function unsafeAnswer(answer: unknown): string | undefined {
  const result = answer as { ok?: unknown; error?: { code?: unknown } };
  if (JSON.stringify(answer)?.includes('OUTSIDE-SENTINEL')) return 'quoted a file outside';
  if (result?.ok === true) return undefined;
  if (result?.ok !== false) return 'gave no answer';
  if (result.error?.code === 'internal') return 'failed with an internal error';
  return undefined;
}
