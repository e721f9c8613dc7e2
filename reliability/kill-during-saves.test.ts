// A process saving an article through the Library is killed with SIGKILL at random moments and
// started again, until 1,000 saves have been acknowledged. After every kill the library on disk
// must hold whole articles only, at the last acknowledged revision or a newer one.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_SUFFIX } from '../electron/services/atomic-write';
import { Library, parseArticleFile } from '../electron/services/library';
import { bundleForNode, chooseSeed, seededRandom } from './child-process';
import { reportFigure } from './report';
import { savedFields } from './saved-fields';

const ACKNOWLEDGED_SAVES = 1_000;
/** Most kills land after the saver is running; some land while it is still opening the library. */
const KILL_WHILE_OPENING = 0.08;
/** A save takes 5 to 50 ms here (most of it fsync), so a life holds a few saves to a few dozen. */
const MAX_KILL_DELAY_MS = 150;
const MAX_OPENING_DELAY_MS = 400;
const START_TIMEOUT_MS = 15_000;

let dir: string;
let saver: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-kill-'));
  saver = await bundleForNode(path.join(import.meta.dirname, 'kill-saver.ts'), dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Life {
  acknowledged: number[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Runs the saver once and kills it `delay` ms after it is ready (or after it starts). */
function runSaver(root: string, id: string, delay: number, fromStart: boolean): Promise<Life> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver, root, id], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Node keeps the compiled bundle here, so each restart spends less time starting up.
      env: { ...process.env, NODE_COMPILE_CACHE: path.join(dir, 'compile-cache') },
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const startGuard = setTimeout(kill, START_TIMEOUT_MS);
    if (fromStart) timer = setTimeout(kill, delay);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!fromStart && timer === undefined && (out + chunk).startsWith('ready\n')) {
        clearTimeout(startGuard);
        timer = setTimeout(kill, delay);
      }
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(startGuard);
      clearTimeout(timer);
      // A line cut off by the kill was never acknowledged in full, so it does not count.
      const lines = out.split('\n').slice(0, -1);
      const acknowledged = lines.filter((line) => line !== 'ready').map(Number);
      resolve({ acknowledged, signal, code, stderr });
    });
  });
}

interface DiskCheck {
  torn: string[];
  tempFiles: number;
  revision: number | undefined;
  contentMatchesRevision: boolean;
}

/** Reads the articles folder as it was left by the kill, before anything tidies it. */
async function checkDisk(root: string, id: string): Promise<DiskCheck> {
  const folder = path.join(root, 'articles');
  const names = await readdir(folder);
  const check: DiskCheck = {
    torn: [],
    tempFiles: names.filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX)).length,
    revision: undefined,
    contentMatchesRevision: false,
  };
  for (const name of names.filter((name) => !name.startsWith('.'))) {
    const parsed = parseArticleFile(await readFile(path.join(folder, name), 'utf8'), name);
    if (!('article' in parsed)) {
      check.torn.push(`${name}: ${parsed.reason}`);
      continue;
    }
    if (parsed.article.id !== id) continue;
    const { revision, headline, standfirst, body } = parsed.article;
    const expected = savedFields(revision);
    check.revision = revision;
    check.contentMatchesRevision =
      headline === expected.headline &&
      standfirst === expected.standfirst &&
      JSON.stringify(body) === JSON.stringify(expected.body);
  }
  return check;
}

describe('kill -9 while saving', () => {
  it(`leaves whole articles at the acknowledged revision or newer, over ${ACKNOWLEDGED_SAVES} saves`, async () => {
    const seed = chooseSeed();
    console.log(`kill -9 during saves: seed ${seed} (set DATELINE_SEED=${seed} to repeat)`);
    const random = seededRandom(seed);
    const root = path.join(dir, 'library');
    const setup = await Library.open(root);
    const { id } = await setup.create(savedFields(1));
    await setup.close();

    let acknowledged = 0;
    /** The newest revision acknowledged, or seen on disk after a kill: the floor for what follows. */
    let lastAcknowledged = 1;
    let kills = 0;
    let killsWhileOpening = 0;
    let torn = 0;
    let older = 0;
    let wrongContent = 0;
    let tempFilesLeft = 0;
    let mistaken = 0;
    const problems: string[] = [];

    while (acknowledged < ACKNOWLEDGED_SAVES) {
      const fromStart = random() < KILL_WHILE_OPENING;
      const delay = fromStart ? random() * MAX_OPENING_DELAY_MS : random() * MAX_KILL_DELAY_MS;
      const life = await runSaver(root, id, delay, fromStart);
      if (life.signal !== 'SIGKILL') {
        problems.push(`the saver stopped by itself (exit ${life.code}): ${life.stderr}`);
        break;
      }
      kills += 1;
      if (fromStart) killsWhileOpening += 1;
      for (const revision of life.acknowledged) {
        if (revision !== lastAcknowledged + 1) {
          problems.push(`acknowledged ${revision} right after ${lastAcknowledged}`);
        }
        lastAcknowledged = revision;
      }
      acknowledged += life.acknowledged.length;

      const disk = await checkDisk(root, id);
      torn += disk.torn.length;
      problems.push(...disk.torn);
      tempFilesLeft += disk.tempFiles;
      if (disk.revision === undefined || disk.revision < lastAcknowledged) {
        older += 1;
        problems.push(
          `after kill ${kills}: on disk ${disk.revision}, acknowledged ${lastAcknowledged}`,
        );
      } else if (!disk.contentMatchesRevision) {
        wrongContent += 1;
        problems.push(`after kill ${kills}: revision ${disk.revision} holds another save's text`);
      }
      // The saver may have finished a save it had no time to acknowledge: the next start sees it.
      if (disk.revision !== undefined && disk.revision > lastAcknowledged) {
        lastAcknowledged = disk.revision;
      }

      // What the app sees when it starts again: temp files are not articles and are tidied away.
      const reopened = await Library.open(root);
      const listing = await reopened.list();
      await reopened.close();
      const left = await readdir(path.join(root, 'articles'));
      if (
        listing.problems.length > 0 ||
        listing.articles.length !== 2 ||
        !listing.articles.some(
          (article) => article.id === id && article.revision === disk.revision,
        ) ||
        left.some((name) => name.endsWith(TEMP_SUFFIX))
      ) {
        mistaken += 1;
        problems.push(`after kill ${kills}: the library listed ${JSON.stringify(listing)}`);
      }
      // Once the library is damaged, going on would only measure the damage again.
      if (problems.length > 0) break;
    }

    reportFigure(
      `kill -9 during ${ACKNOWLEDGED_SAVES} saves`,
      `${acknowledged} saves acknowledged, ${torn} torn files, ${older} older than acknowledged, ${wrongContent} with another save's text, ${mistaken} listings with a temp file or a problem, ${kills} kills (${killsWhileOpening} while opening the library), ${tempFilesLeft} temp files left by kills and tidied on the next open`,
    );
    expect(problems).toEqual([]);
    expect(acknowledged).toBeGreaterThanOrEqual(ACKNOWLEDGED_SAVES);
  });
});
