// Sends malformed input to every contract method through the real IPC binding (Electron mocked)
// and real services on a temp library, and checks each is refused clearly and changes nothing.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reportFigure } from '../reliability/report';
import { ipcChannel } from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import { registerIpc } from './ipc';
import { createDispatch, createHandlers } from './services/api-handlers';
import { Library } from './services/library';
import { BrowserWindow, ipcMain, resetElectronMock } from '../test-support/electron/electron-mock';
import {
  filesOutside,
  hostileInputs,
  hostileStrings,
  plantSentinels,
  unsafeAnswer,
  validInputs,
} from '../test-support/electron/hostile-fit-inputs';
import {
  catchingUncaught,
  count,
  describe as describeInput,
  eachMalformedInput,
  FUZZ_SEED,
  INPUTS_PER_METHOD,
  isAccepted,
  listTree,
  prototypeNames,
  refusalProblem,
} from '../test-support/electron/malformed-inputs';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

let parent: string;
let library: Library;
const unexpected: unknown[] = [];

beforeAll(async () => {
  resetElectronMock();
  // The library is a subfolder, so a write that escapes it lands beside the sentinel.
  parent = await mkdtemp(path.join(os.tmpdir(), 'dateline-ipc-fuzz-'));
  await writeFile(path.join(parent, 'sentinel.txt'), 'beside the library');
  await mkdir(path.join(parent, 'library'));
  library = await Library.open(path.join(parent, 'library'));
  // Writes the listing cache opening scheduled, so the fuzz starts from a settled folder.
  await library.close();
  registerIpc(
    createDispatch(
      createHandlers({
        library: () => library,
        appInfo: () => ({ host: 'electron', libraryPath: library.root, notices: [] }),
      }),
      (error) => unexpected.push(error),
    ),
  );
});

afterAll(async () => {
  await library?.close();
  await rm(parent, { recursive: true, force: true });
});

async function trustedEvent() {
  const win = new BrowserWindow();
  await win.loadURL('app://dateline/index.html');
  return { sender: win.webContents, senderFrame: win.webContents.mainFrame };
}

async function sampleArticleId(libraryDir: string): Promise<string> {
  const [file] = await readdir(path.join(libraryDir, 'articles'));
  expect(file).toMatch(/\.json$/);
  return path.basename(file!, '.json');
}

describe('malformed input over IPC', () => {
  it(`refuses ${count(INPUTS_PER_METHOD)} malformed inputs to every method, writing nothing`, async () => {
    const event = await trustedEvent();
    // Read from disk: listing through the library would start a write of its listing cache.
    const sample = await sampleArticleId(path.join(parent, 'library'));
    const treeBefore = await listTree(parent);
    const prototypesBefore = prototypeNames();
    const problems: string[] = [];
    let sent = 0;
    let skipped = 0;
    let refused = 0;
    console.log(`fuzz seed ${FUZZ_SEED}`);

    const started = performance.now();
    const { uncaught } = await catchingUncaught(async () => {
      for (const method of methodNames) {
        const outcome = await eachMalformedInput(
          method,
          sample,
          INPUTS_PER_METHOD,
          (input) => ({ seen: input, payload: input }),
          async (input) => {
            let problem: string | undefined;
            try {
              problem = refusalProblem(
                method,
                await ipcMain.invoke(ipcChannel(method), event, input),
              );
            } catch (error) {
              problem = `threw ${(error as Error).message}`;
            }
            if (problem) problems.push(`${method}: ${problem} for ${describeInput(input)}`);
            else refused += 1;
          },
        );
        sent += outcome.sent;
        skipped += outcome.skipped;
      }
    });
    const seconds = (performance.now() - started) / 1000;

    expect(problems.slice(0, 10)).toEqual([]);
    expect(uncaught).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(sent).toBe(INPUTS_PER_METHOD * methodNames.length);
    // Mostly malformed: valid inputs were rare enough not to thin the run.
    expect(skipped).toBeLessThan(sent / 10);
    expect(prototypeNames()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listTree(parent)).toEqual(treeBefore);

    // The binding still answers.
    const info = await ipcMain.invoke(ipcChannel('getAppInfo'), event, {});
    expect(info).toMatchObject({ ok: true, value: { host: 'electron' } });
    const listing = await ipcMain.invoke(ipcChannel('listArticles'), event, {});
    expect(listing).toMatchObject({ ok: true, value: { articles: [{ id: sample }] } });

    reportFigure(
      'fuzz over IPC',
      `${count(sent)} malformed inputs to ${methodNames.length} methods (seed ${FUZZ_SEED}), ${count(refused)} rejected as invalid-input, ${count(skipped)} valid ones skipped, 0 written, ${uncaught.length} uncaught, ${seconds.toFixed(1)} s`,
    );
  }, 300_000);
});

describe('hostile values that fit each field over IPC', () => {
  it('touch nothing outside the library, and ids are refused before any service sees them', async () => {
    const event = await trustedEvent();
    const libraryDir = path.join(parent, 'library');
    const sample = await sampleArticleId(libraryDir);
    await plantSentinels(parent);
    const outsideBefore = await filesOutside(parent, [libraryDir]);
    const valid = validInputs({
      articleId: sample,
      versionId: '20260101T000000000Z-r1',
      jobId: randomUUID(),
    });
    const problems: string[] = [];
    let sent = 0;
    for (const method of methodNames) {
      expect(isAccepted(method, valid[method]), `${method}'s valid input`).toBe(true);
      for (const { input, where, isId } of hostileInputs(
        method,
        valid[method],
        hostileStrings(parent),
      )) {
        const answer: unknown = await ipcMain.invoke(ipcChannel(method), event, input);
        sent += 1;
        const problem = isId ? refusalProblem(method, answer) : unsafeAnswer(answer);
        if (problem) problems.push(`${method} ${where}: ${problem} for ${describeInput(input)}`);
      }
    }

    expect(problems.slice(0, 10)).toEqual([]);
    expect(unexpected).toEqual([]);
    expect(await filesOutside(parent, [libraryDir])).toEqual(outsideBefore);
    reportFigure(
      'hostile values over IPC',
      `${count(sent)} well-typed hostile values to ${methodNames.length} methods, nothing outside the library touched`,
    );
  }, 300_000);
});

describe('what the fuzz found', () => {
  it('refuses a body nested 20,000 levels deep instead of overflowing the stack', async () => {
    let node: unknown = { type: 'text', text: 'deep' };
    for (let level = 0; level < 20_000; level += 1) node = { type: 'paragraph', content: [node] };
    const answer = await ipcMain.invoke(ipcChannel('createArticle'), await trustedEvent(), {
      fields: { body: { type: 'doc', content: [node] } },
    });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message:
          'The request to createArticle was not valid: it is nested more than 128 levels deep.',
      },
    });
  });

  it('keeps the message short when a request has thousands of unknown fields', async () => {
    const input = Object.fromEntries(
      Array.from({ length: 5_000 }, (_, index) => [`key${index}`, index]),
    );
    const answer = await ipcMain.invoke(ipcChannel('listTrash'), await trustedEvent(), input);
    expect(refusalProblem('listTrash', answer)).toBeUndefined();
    expect(answer).toMatchObject({
      error: { message: expect.stringMatching(/^The request to listTrash was not valid: .*key0/) },
    });
  });

  it('says a missing field is missing', async () => {
    const answer = await ipcMain.invoke(ipcChannel('getArticle'), await trustedEvent(), {});
    expect(answer).toMatchObject({
      error: {
        code: 'invalid-input',
        message: 'The request to getArticle was not valid (id): this is missing (string expected).',
      },
    });
  });
});

describe('refusalProblem', () => {
  const refusal = (message: string, code = 'invalid-input') => ({
    ok: false,
    error: { code, message },
  });

  it('accepts a clear refusal that names the action and the problem', () => {
    expect(
      refusalProblem(
        'getArticle',
        refusal('The request to getArticle was not valid (id): too short.'),
      ),
    ).toBeUndefined();
  });

  it.each([
    ['a success', { ok: true, value: null }],
    ['another code', refusal('The request to getArticle failed: boom.', 'internal')],
    ['an empty message', refusal(' ')],
    ['a stack trace', refusal('The request to getArticle: Error: x\n    at f (a.js:1:2)')],
    ['a message without the action', refusal('The request was not valid: too short.')],
    ['a message that says nothing', refusal('The request to getArticle was not valid.')],
    ['a huge message', refusal(`The request to getArticle: ${'x'.repeat(500)}`)],
    ['control characters', refusal('The request to getArticle: bad \u0000 key.')],
  ])('flags %s', (_what, answer) => {
    expect(refusalProblem('getArticle', answer)).toEqual(expect.any(String));
  });
});
