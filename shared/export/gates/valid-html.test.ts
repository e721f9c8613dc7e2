// Gate: every exported page is valid HTML by the W3C Nu HTML Checker (vnu.jar, from the vnu-jar
// package, run with the machine's Java). All pages go through one Java run in beforeAll, since
// the JVM's start-up is most of the cost; each page then has its own test, so a failure names it.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser as XmlParser, type Element as XmlElement } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../article';
import type { Publication } from '../../publication';
import type { Ticker } from '../../ticker';
import { articleSchema } from '../../schema/extensions';
import { renderArticlePage, type ExportContext, type ResolveArticle } from '../index';
import {
  awkwardTextCase,
  everyNodeCase,
  FIXTURE_FILES,
  fixtureCase,
  longCase,
  tablesCase,
  typesUsed,
  type FixtureName,
  type GateCase,
} from '../../../test-support/shared/export/gate-articles';

interface VnuMessage {
  /** "error" and "non-document-error" fail the gate; "info" (some with subType "warning") does not. */
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

const INSTALL_HINT =
  'The valid-HTML gate runs the W3C Nu HTML Checker (vnu.jar), which needs Java 17 or later. ' +
  'Install a JRE (Debian: apt-get install -y --no-install-recommends default-jre-headless; ' +
  '.ci/run does this when java is missing) or set JAVA_HOME.';

// One short run: C1 alone and the serial collector start fastest (about half the CPU time of the
// defaults); the schema's deep recursion then needs a larger stack than the default.
const JVM_OPTIONS = ['-Xss4m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];

/** CI lays shared/ beside the clone; a developer's checkout may not have it. */
const FIXTURES_DIR = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
);

/** CI installs Java, so a missing one fails the gate with what to install instead of skipping it. */
function findJava(): string {
  const javaHome = process.env.JAVA_HOME?.trim();
  const java = javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    const why = probe.error ? probe.error.message : probe.stderr.trim();
    throw new Error(`Java was not found (${java}: ${why}). ${INSTALL_HINT}`);
  }
  return java;
}

function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(
    path.dirname(require.resolve('vnu-jar/package.json')),
    'build',
    'dist',
    'vnu.jar',
  );
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`vnu failed: ${error.message}\n${stderr}\n${INSTALL_HINT}`));
      else resolve(stdout);
    });
  });
}

/** Checks every page in one vnu run and sorts the messages by page; names become file names. */
async function checkPages(pages: readonly { name: string; html: string }[]) {
  const java = findJava();
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-vnu-'));
  try {
    const files = new Map<string, string>();
    for (const page of pages) {
      const file = path.join(folder, `${page.name}.html`);
      files.set(file, page.name);
      await writeFile(file, page.html, 'utf8');
    }
    const started = performance.now();
    const stdout = await run(java, [
      ...JVM_OPTIONS,
      '-jar',
      vnuJarPath(),
      '--format',
      'json',
      '--stdout',
      '--exit-zero-always',
      ...files.keys(),
    ]);
    const milliseconds = performance.now() - started;
    const { messages } = JSON.parse(stdout) as { messages: VnuMessage[] };
    const byPage = new Map(pages.map((page) => [page.name, [] as VnuMessage[]]));
    const other: VnuMessage[] = [];
    for (const message of messages) {
      const name = message.url?.startsWith('file:')
        ? files.get(fileURLToPath(message.url))
        : undefined;
      if (name === undefined) other.push(message);
      else byPage.get(name)!.push(message);
    }
    return { byPage, other, milliseconds };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const isFailure = (message: VnuMessage): boolean => message.type !== 'info';

/**
 * The checker takes the JSON-LD block for an inline script the page's policy refuses. It is a
 * data block, which browsers never run, so no policy applies to it (page-policy.test.ts shows
 * Chromium reading it without a refusal); that advice is left out of the list.
 */
const isDataBlockAdvice = (message: VnuMessage): boolean =>
  /Content Security Policy/.test(message.message) &&
  (message.extract ?? '').includes('application/ld+json');

function describeMessage(message: VnuMessage): string {
  const where =
    message.lastLine === undefined
      ? ''
      : `${message.lastLine}:${message.firstColumn ?? message.lastColumn ?? ''} `;
  const kind = message.subType ? `${message.type}/${message.subType}` : message.type;
  const extract = message.extract ? ` «${message.extract.replace(/\s+/g, ' ').trim()}»` : '';
  return `${where}${kind}: ${message.message}${extract}`;
}

function readFixture(name: FixtureName): GateCase | undefined {
  const file = path.join(FIXTURES_DIR, FIXTURE_FILES[name]);
  return existsSync(file) ? fixtureCase(name, readFileSync(file, 'utf8')) : undefined;
}

/** What the edition's index and feed take; shared/edition is another module's, so it is loaded only when present. */
interface EditionRenderers {
  renderEditionIndex(entries: EditionEntry[], site: EditionSite): string;
  renderAtomFeed(entries: EditionEntry[], site: EditionSite): string;
}
interface EditionEntry {
  article: Article;
  file: string;
  context: ExportContext;
}
interface EditionSite {
  publication: Publication;
  ticker?: Pick<Ticker, 'items'>;
  resolveArticle?: ResolveArticle;
  now: string;
}

const EDITION_MODULE = path.resolve(import.meta.dirname, '..', '..', 'edition', 'index.ts');

async function loadEdition(): Promise<EditionRenderers | undefined> {
  if (!existsSync(EDITION_MODULE)) return undefined;
  return (await import(/* @vite-ignore */ EDITION_MODULE)) as EditionRenderers;
}

// A page with known faults, checked in the same run, so a checker that reports nothing is caught.
const BROKEN_PAGE = {
  name: 'gate-self-check',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p><div>x</div></body></html>',
};

const fixtures = [readFixture('seed-article'), readFixture('khmer-article')];
const cases: GateCase[] = [
  everyNodeCase(),
  longCase(20_000),
  awkwardTextCase(),
  tablesCase(),
  ...fixtures.filter((gate) => gate !== undefined),
];

let result: Awaited<ReturnType<typeof checkPages>>;
let edition: EditionRenderers | undefined;
let feed: string | undefined;

beforeAll(async () => {
  const pages = cases.map((gate) => ({
    name: gate.name,
    html: renderArticlePage(gate.article, gate.context),
  }));
  edition = await loadEdition();
  if (edition) {
    // The edition of all the gate's articles: English and Khmer, long and short, awkward text.
    const entries = cases.map((gate) => ({
      article: gate.article,
      file: `${gate.article.id}.html`,
      context: gate.context,
    }));
    const site = { ...cases[0]!.context, now: '2025-11-25T03:00:00.000Z' };
    pages.push({ name: 'edition-index', html: edition.renderEditionIndex(entries, site) });
    feed = edition.renderAtomFeed(entries, site);
  }
  result = await checkPages([...pages, BROKEN_PAGE]);
  // The gate's cost, and the checker's advice, which is listed but never failed on.
  console.log(`vnu checked ${pages.length + 1} pages in ${Math.round(result.milliseconds)} ms`);
  for (const [name, messages] of result.byPage) {
    if (name === BROKEN_PAGE.name) continue;
    for (const message of messages.filter((m) => !isFailure(m) && !isDataBlockAdvice(m))) {
      console.log(`  ${name}: ${describeMessage(message)}`);
    }
  }
}, 120_000);

function failures(name: string): string[] {
  return (result.byPage.get(name) ?? []).filter(isFailure).map(describeMessage);
}

describe('exported pages are valid HTML (W3C Nu HTML Checker)', () => {
  it('the checker finds the faults of a broken page', () => {
    expect(failures(BROKEN_PAGE.name).length).toBeGreaterThan(0);
    expect(result.other.map(describeMessage)).toEqual([]);
  });

  it('the every-node article really uses every node and mark of the schema', () => {
    const schema = articleSchema();
    const used = typesUsed(everyNodeCase().article.body);
    expect([...used.nodes].sort()).toEqual(Object.keys(schema.nodes).sort());
    expect([...used.marks].sort()).toEqual(Object.keys(schema.marks).sort());
  });

  for (const gate of cases) {
    it(`${gate.name} has no errors`, () => {
      expect(failures(gate.name)).toEqual([]);
    });
  }

  if (fixtures.includes(undefined)) {
    it.skip(`seed and Khmer articles: ${FIXTURES_DIR} is absent (CI lays shared/ beside the clone)`, () => {});
  }

  it('the edition index has no errors (skipped while shared/edition is absent)', (context) => {
    if (!edition) context.skip();
    expect(failures('edition-index')).toEqual([]);
  });
});

// vnu has no schema for Atom, so the feed is held to RFC 4287's rules here: well-formed XML, the
// elements a feed and each entry must have exactly once, RFC 3339 dates, absolute ids, authors.
const ATOM = 'http://www.w3.org/2005/Atom';
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function atomProblems(xml: string, entryCount: number): string[] {
  const found: string[] = [];
  const parser = new XmlParser({
    onError: (level, message) => found.push(`${level}: ${message}`),
  });
  let root: XmlElement | null;
  try {
    root = parser.parseFromString(xml, 'application/xml').documentElement;
  } catch {
    // A fatal error (the XML is not well-formed) was reported through onError before the throw.
    return found;
  }
  if (!root || root.localName !== 'feed' || root.namespaceURI !== ATOM) {
    return [...found, 'the root is not an Atom <feed>'];
  }
  const children = (parent: XmlElement, name: string) =>
    Array.from(parent.childNodes).filter(
      (node): node is XmlElement =>
        node.nodeType === 1 &&
        (node as XmlElement).localName === name &&
        (node as XmlElement).namespaceURI === ATOM,
    );
  const checkOne = (parent: XmlElement, where: string, name: string) => {
    const count = children(parent, name).length;
    if (count !== 1) found.push(`${where} has ${count} <${name}>, not one`);
  };
  const checkDates = (parent: XmlElement, where: string, names: string[]) => {
    for (const name of names) {
      for (const date of children(parent, name)) {
        const value = date.textContent ?? '';
        if (!RFC_3339.test(value) || Number.isNaN(Date.parse(value))) {
          found.push(`${where} <${name}> is not an RFC 3339 date: ${value}`);
        }
      }
    }
  };
  const checkId = (parent: XmlElement, where: string) => {
    for (const id of children(parent, 'id')) {
      if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(id.textContent ?? '')) {
        found.push(`${where} <id> is not an absolute IRI: ${id.textContent}`);
      }
    }
  };
  for (const name of ['id', 'title', 'updated']) checkOne(root, 'the feed', name);
  checkDates(root, 'the feed', ['updated']);
  checkId(root, 'the feed');
  const entries = children(root, 'entry');
  if (entries.length !== entryCount)
    found.push(`${entries.length} entries for ${entryCount} articles`);
  const ids = new Set<string>();
  const feedHasAuthor = children(root, 'author').some(
    (author) => children(author, 'name').length === 1,
  );
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    for (const name of ['id', 'title', 'updated']) checkOne(entry, where, name);
    checkDates(entry, where, ['updated', 'published']);
    checkId(entry, where);
    const id = children(entry, 'id')[0]?.textContent ?? '';
    if (ids.has(id)) found.push(`${where} repeats the id ${id}`);
    ids.add(id);
    if (!feedHasAuthor && children(entry, 'author').length === 0)
      found.push(`${where} has no author`);
    // Without <content> an entry must link to its page.
    const links = children(entry, 'link');
    if (
      children(entry, 'content').length === 0 &&
      !links.some((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate')
    ) {
      found.push(`${where} has neither <content> nor an alternate link`);
    }
    for (const link of links)
      if (!link.getAttribute('href')) found.push(`${where} has a link without href`);
  });
  return found;
}

describe('the edition feed is valid Atom', () => {
  it('the checker finds the faults of a broken feed', () => {
    expect(
      atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><id>x</feed>', 0).length,
    ).toBeGreaterThan(0);
    expect(
      atomProblems(
        `<feed xmlns="${ATOM}"><id>tag:a,2025:f</id><title>t</title><updated>2025-11-25</updated><entry><id>e</id></entry></feed>`,
        1,
      ),
    ).toEqual([
      'the feed <updated> is not an RFC 3339 date: 2025-11-25',
      'entry 1 has 0 <title>, not one',
      'entry 1 has 0 <updated>, not one',
      'entry 1 <id> is not an absolute IRI: e',
      'entry 1 has no author',
      'entry 1 has neither <content> nor an alternate link',
    ]);
  });

  it('the edition feed follows RFC 4287 (skipped while shared/edition is absent)', (context) => {
    if (!feed) context.skip();
    expect(atomProblems(feed!, cases.length)).toEqual([]);
  });
});
