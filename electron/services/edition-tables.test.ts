// An edition carries an article's tables in every format: the page, plain text and ninjs.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { emptyFields } from '../../shared/article';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { selectEdition, writeEdition } from './edition';
import { Library } from './library';
import { TickerStore } from './ticker-store';
import { RESULTS_TABLE, tableNode } from '../../test-support/shared/sample-tables';

let scratch: string;
let library: Library;

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'dateline-edition-tables-'));
  library = await Library.open(path.join(scratch, 'library'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

it('writes the table into the page, the plain text and the ninjs of an edition', async () => {
  const created = await library.create({
    ...emptyFields(),
    headline: 'Alliance leads in Kratie count',
    standfirst: 'Counting ended before dawn.',
    byline: 'Sok Chan',
    status: 'approved',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Counting ended before dawn.' }] },
        tableNode(RESULTS_TABLE),
      ],
    },
  });
  const sources = {
    library,
    ticker: () => new TickerStore(library.root).get(),
    publication: {
      ...DEFAULT_PUBLICATION,
      name: 'Mekong Daily',
      siteUrl: 'https://news.example.org/',
    },
  };
  const ids = await selectEdition(library, {});
  expect(ids).toContain(created.id);
  const written: Record<string, string> = {};
  for (const format of ['page', 'text', 'ninjs'] as const) {
    const folder = path.join(scratch, format);
    await writeEdition(sources, ids, {
      folder,
      format,
      override: true,
      now: new Date('2026-03-01T08:00:00Z'),
    });
    const file = (await readdir(folder)).find((name) => name.startsWith('alliance-leads'))!;
    written[format] = await readFile(path.join(folder, file), 'utf8');
  }
  expect(written.page).toContain(
    '<table><caption>Provisional results, Kratie commune councils</caption><thead><tr><th scope="col"><p>Party</p></th>',
  );
  expect(written.text).toContain(
    'Party | Seats | Votes | Share\n--- | --- | --- | ---\nRiver Alliance | 41 | 86,204 | 52.1%',
  );
  const ninjs = JSON.parse(written.ninjs!) as { bodies: { contenttype: string; value: string }[] };
  expect(ninjs.bodies.find((b) => b.contenttype === 'text/html')!.value).toContain(
    '<th scope="col"><p>Votes</p></th>',
  );
  expect(ninjs.bodies.find((b) => b.contenttype === 'text/plain')!.value).toContain(
    'Independents | 6 | 17,880 | 10.8%',
  );
});
