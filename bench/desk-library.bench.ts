// A laptop on the desk: a library of desk articles as the desk editor keeps them (each article's
// readable file, its Yjs state in desk/ and the note of which file revision the state matches).
// Reports, as JSON, the library's first open and reopen, searches over the synced articles, the
// time to open a desk article's state (and to merge a file changed without the desk editor), and
// an edit that arrives from the desk, is written through, and is found by search.
// Run with `npm run bench -- desk-library` (BENCH_ARTICLES=2000 for a quicker run).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { ArticleFieldsSchema, type ArticleFields } from '../shared/article';
import { seedArticleDoc } from '../shared/desk/client-article';
import { articleSchema } from '../shared/schema/extensions';
import { DeskCopies } from '../electron/services/desk-copy';
import { Library } from '../electron/services/library';
import { holdYoungGeneration } from '../electron/services/young-generation';
import { benchArticle } from './bench-articles';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);

const idOf = (index: number) => `d0000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
const fieldsOf = (article: ReturnType<typeof benchArticle>): ArticleFields =>
  ArticleFieldsSchema.parse(article);

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
const round2 = (ms: number) => Math.round(ms * 100) / 100;

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'dateline-desk-library-'));
  const schema = articleSchema();
  try {
    await mkdir(path.join(root, 'articles'), { recursive: true });
    await mkdir(path.join(root, 'desk'), { recursive: true });
    await writeFile(path.join(root, 'library.json'), '{"app":"Dateline","schemaVersion":1}');
    const states: Uint8Array[] = [];
    for (let i = 0; i < ARTICLES; i += 1) {
      const article = benchArticle(i, { id: idOf(i) });
      const doc = new Y.Doc();
      seedArticleDoc(doc, fieldsOf(article), schema);
      const state = Y.encodeStateAsUpdate(doc);
      doc.destroy();
      if (i < 200) states.push(state);
      await writeFile(path.join(root, 'articles', `${article.id}.json`), JSON.stringify(article));
      await writeFile(path.join(root, 'desk', `${article.id}.yjs`), state);
      await writeFile(path.join(root, 'desk', `${article.id}.base.json`), '{"revision":1}');
    }

    const openStart = performance.now();
    const library = await Library.open(root);
    const listing = await library.list();
    const firstOpenMs = performance.now() - openStart;
    const queries = ['farmers harvest', 'flood', 'minister visit', 'temple festival', 'ទឹកជំនន់'];
    const coldStart = performance.now();
    await library.search(queries[0]!);
    const firstSearchMs = performance.now() - coldStart;
    const searches: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const query of queries) {
        const start = performance.now();
        await library.search(query);
        searches.push(performance.now() - start);
      }
    }
    searches.sort((a, b) => a - b);

    // Opening a desk article reads its state (and checks its file against the note).
    const copies = new DeskCopies(() => library);
    const opens: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const start = performance.now();
      await copies.read(idOf(i));
      opens.push(performance.now() - start);
    }
    opens.sort((a, b) => a - b);

    // A file changed without the desk editor (while this laptop had left the desk) is merged
    // into the document as it opens.
    const changedId = idOf(1);
    const changed = await library.get(changedId);
    await library.save(changedId, changed.revision, {
      ...fieldsOf(changed),
      headline: `${changed.headline} (updated)`,
    });
    const mergeStart = performance.now();
    await copies.read(changedId);
    const mergeOnOpenMs = performance.now() - mergeStart;

    // An edit arriving from the desk is written through to the file and found by search.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, states[2]!);
    doc.getText('headline').insert(0, 'Unmistakable zebra ');
    const syncStart = performance.now();
    await copies.write(idOf(2), Y.encodeStateAsUpdate(doc));
    const found = await library.search('zebra');
    const editThenFindMs = performance.now() - syncStart;

    await library.close();
    const reopenStart = performance.now();
    const reopened = await Library.open(root);
    const lastSeen = await reopened.listEarly();
    const reopenShownMs = performance.now() - reopenStart;
    await reopened.list();
    const reopenMs = performance.now() - reopenStart;
    const afterReopenStart = performance.now();
    await reopened.search(queries[1]!);
    const firstSearchAfterReopenMs = performance.now() - afterReopenStart;
    await reopened.close();

    console.log(
      JSON.stringify(
        {
          benchmark: 'desk-library',
          articles: listing.articles.length,
          firstOpenMs: Math.round(firstOpenMs),
          reopenShownAsLastSeenMs: Math.round(reopenShownMs * 10) / 10,
          reopenShownArticles: lastSeen.early === 'last-seen' ? lastSeen.articles.length : 0,
          reopenWithCacheMs: Math.round(reopenMs),
          firstSearchOnNewLibraryMs: round2(firstSearchMs),
          firstSearchAfterReopenMs: round2(firstSearchAfterReopenMs),
          searchMedianMs: round2(percentile(searches, 0.5)),
          searchP95Ms: round2(percentile(searches, 0.95)),
          openDeskArticleMedianMs: round2(percentile(opens, 0.5)),
          openDeskArticleP95Ms: round2(percentile(opens, 0.95)),
          mergeFileChangedOutsideOnOpenMs: round2(mergeOnOpenMs),
          deskEditThenFindMs: round2(editThenFindMs),
          deskEditFound: found.some((hit) => hit.article.id === idOf(2)),
        },
        null,
        2,
      ),
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

// As every host does when it starts.
holdYoungGeneration();
await main();
