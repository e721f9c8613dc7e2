// Sends malformed input to every contract method over HTTP, to the real web host on a loopback
// port with a temp library, and checks each is refused clearly and changes nothing.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFigure } from '../../reliability/report';
import { TOKEN_HEADER } from '../../shared/api/channels';
import { methodNames } from '../../shared/api/contract';
import { Library } from '../services/library';
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
  toJsonText,
} from '../../test-support/electron/malformed-inputs';
import {
  filesOutside,
  hostileInputs,
  hostileStrings,
  plantSentinels,
  unsafeAnswer,
  validInputs,
} from '../../test-support/electron/hostile-fit-inputs';
import { startWebHost, type WebHost } from './start-web-host';

/** Requests in flight at once, over kept-alive connections. */
const CONCURRENCY = 8;

let parent: string;
let host: WebHost;
let agent: Agent;
const logged: string[] = [];

beforeAll(async () => {
  // The library and the settings are subfolders, so a write that escapes lands beside the sentinel.
  parent = await mkdtemp(path.join(os.tmpdir(), 'dateline-web-fuzz-'));
  await writeFile(path.join(parent, 'sentinel.txt'), 'beside the library');
  const staticDir = path.join(parent, 'renderer');
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, 'index.html'), '<!doctype html><title>Dateline</title>');
  // Created and settled first (sample article, listing cache), so the fuzz starts from rest.
  await (await Library.open(path.join(parent, 'library'))).close();
  host = await startWebHost({
    staticDir,
    libraryPath: path.join(parent, 'library'),
    userData: path.join(parent, 'user-data'),
    log: (message) => logged.push(message),
  });
  agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
});

afterAll(async () => {
  agent?.destroy();
  await host?.close();
  await rm(parent, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: unknown;
}

function post(method: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          [TOKEN_HEADER]: host.token,
        },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Kept as text; the check below says it was not an API answer.
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function sampleArticleId(): Promise<string> {
  const [file] = await readdir(path.join(parent, 'library', 'articles'));
  expect(file).toMatch(/\.json$/);
  return path.basename(file!, '.json');
}

describe('malformed input over HTTP', () => {
  it(`refuses ${count(INPUTS_PER_METHOD)} malformed inputs to every method, writing nothing`, async () => {
    const sample = await sampleArticleId();
    const treeBefore = await listTree(parent);
    const prototypesBefore = prototypeNames();
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    let skipped = 0;
    let refused = 0;
    let bytes = 0;
    console.log(`fuzz seed ${FUZZ_SEED}`);

    const started = performance.now();
    const { uncaught } = await catchingUncaught(async () => {
      const inFlight = new Set<Promise<void>>();
      for (const method of methodNames) {
        const outcome = await eachMalformedInput(
          method,
          sample,
          INPUTS_PER_METHOD,
          // The JSON text written by hand where JSON.stringify cannot (deep nesting) keeps
          // "__proto__" as a key; the server's JSON.parse makes it an own property.
          (input) => {
            const text = toJsonText(input);
            return { seen: JSON.parse(text) as unknown, payload: text };
          },
          async (text, input) => {
            bytes += Buffer.byteLength(text);
            const call = post(method, text)
              .then(({ status, body }) => {
                statuses.set(status, (statuses.get(status) ?? 0) + 1);
                const problem =
                  status >= 500 ? `answered HTTP ${status}` : refusalProblem(method, body);
                if (problem) problems.push(`${method}: ${problem} for ${describeInput(input)}`);
                else refused += 1;
              })
              .catch((error: unknown) => {
                problems.push(`${method}: request failed (${(error as Error).message})`);
              })
              .finally(() => inFlight.delete(call));
            inFlight.add(call);
            if (inFlight.size >= CONCURRENCY) await Promise.race(inFlight);
          },
        );
        sent += outcome.sent;
        skipped += outcome.skipped;
      }
      await Promise.all(inFlight);
    });
    const seconds = (performance.now() - started) / 1000;

    expect(problems.slice(0, 10)).toEqual([]);
    expect(uncaught).toEqual([]);
    expect(logged).toEqual([]);
    expect(sent).toBe(INPUTS_PER_METHOD * methodNames.length);
    expect(refused).toBe(sent);
    expect(skipped).toBeLessThan(sent / 10);
    expect(prototypeNames()).toEqual(prototypesBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await listTree(parent)).toEqual(treeBefore);

    // The host still answers, on a fresh connection.
    const info = await fetch(`http://127.0.0.1:${host.port}/api/getAppInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: '{}',
    });
    expect(await info.json()).toMatchObject({ ok: true, value: { host: 'web' } });
    const listing = await post('listArticles', '{}');
    expect(listing).toMatchObject({
      status: 200,
      body: { ok: true, value: { articles: [{ id: sample }] } },
    });

    const byStatus = [...statuses].map(([status, n]) => `${count(n)} × ${status}`).join(', ');
    reportFigure(
      'fuzz over HTTP',
      `${count(sent)} malformed inputs to ${methodNames.length} methods (seed ${FUZZ_SEED}, ${(bytes / 1e9).toFixed(2)} GB), ${count(refused)} rejected as invalid-input (${byStatus}), ${count(skipped)} valid ones skipped, 0 written, ${uncaught.length} uncaught, ${seconds.toFixed(1)} s with ${CONCURRENCY} kept-alive connections`,
    );
  }, 300_000);
});

describe('hostile values that fit each field over HTTP', () => {
  it('touch nothing outside the library, and ids are refused before any service sees them', async () => {
    const sample = await sampleArticleId();
    await plantSentinels(parent);
    // The library, the settings and the served app are the host's own folders.
    const own = ['library', 'user-data', 'renderer'].map((name) => path.join(parent, name));
    const outsideBefore = await filesOutside(parent, own);
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
        const { status, body } = await post(method, JSON.stringify(input));
        sent += 1;
        const problem =
          status >= 500
            ? `answered HTTP ${status}`
            : isId
              ? refusalProblem(method, body)
              : unsafeAnswer(body);
        if (problem) problems.push(`${method} ${where}: ${problem} for ${describeInput(input)}`);
      }
    }

    expect(problems.slice(0, 10)).toEqual([]);
    expect(logged).toEqual([]);
    expect(await filesOutside(parent, own)).toEqual(outsideBefore);
    reportFigure(
      'hostile values over HTTP',
      `${count(sent)} well-typed hostile values to ${methodNames.length} methods, nothing outside the library touched`,
    );
  }, 300_000);
});

describe('what the fuzz found', () => {
  it('answers a body nested 20,000 levels deep with invalid-input, not an error 500', async () => {
    const depth = 20_000;
    const body = `{"fields":{"body":{"type":"doc","content":[${'{"type":"paragraph","content":['.repeat(depth)}{"type":"text","text":"deep"}${']}'.repeat(depth)}]}}}`;
    expect(() => JSON.parse(body) as unknown).not.toThrow();
    const answer = await post('createArticle', body);
    expect(answer).toEqual({
      status: 200,
      body: {
        ok: false,
        error: {
          code: 'invalid-input',
          message:
            'The request to createArticle was not valid: it is nested more than 128 levels deep.',
        },
      },
    });
  });
});
