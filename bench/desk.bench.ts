// One desk server on its SQLite file: 50 simulated clients editing 20 articles for 60 s (change
// with --duration S), reporting how long an edit takes to reach the article's other clients
// (p50, p95) and the server's memory. Reports JSON. Run with `npm run bench -- desk`.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { joinAs, value } from '../test-support/desk/desk-clients';
import { startDeskProcess, tempDataDir } from '../test-support/desk/desk-process';
import { flag, rssMb, runDeskLoad } from './desk-load';

const CLIENTS = 50;
const ARTICLES = 20;

const dataDir = tempDataDir();
const desk = await startDeskProcess(dataDir);
try {
  const { token } = await joinAs(dataDir, desk.httpUrl, 'Bench', 'editor');
  const articles = Array.from({ length: ARTICLES }, () => randomUUID());
  for (const id of articles)
    await value(desk.httpUrl, 'fileArticle', { id, headline: 'Bench' }, token);
  const idleRssMb = rssMb(desk.child.pid!);
  const figures = await runDeskLoad({
    servers: [{ url: desk.url, httpUrl: desk.httpUrl, pid: desk.child.pid! }],
    token,
    articles,
    clients: CLIENTS,
    durationS: flag('duration', 60),
    editsPerClientPerSecond: flag('rate', 2),
  });
  console.log(
    JSON.stringify(
      {
        benchmark: 'desk',
        storage: 'sqlite',
        clients: CLIENTS,
        articles: ARTICLES,
        propagationP50Ms: figures.propagation.sameServerP50Ms,
        propagationP95Ms: figures.propagation.sameServerP95Ms,
        samples: figures.propagation.samples,
        editsPerSecond: figures.editsPerSecond,
        edits: figures.edits,
        storedEdits: figures.storedEdits,
        seconds: figures.seconds,
        serverIdleRssMb: idleRssMb,
        serverRssMb: figures.serverRssMb[0],
        serverPeakRssMb: figures.serverPeakRssMb[0],
      },
      null,
      2,
    ),
  );
} finally {
  await desk.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
