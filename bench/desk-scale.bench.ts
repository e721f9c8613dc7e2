// A desk of three servers sharing PostgreSQL and Redis (started here from Debian's packages, on
// loopback): 300 simulated clients editing 100 articles for 120 s (--duration S, --clients N,
// --rate words per client per second). Reports JSON: edit propagation between clients on different
// servers (p50, p95), edits per second sustained, each server's memory, and how much PostgreSQL
// grew per 1,000 edits. Run with `npm run bench -- desk-scale`.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { joinAs, value } from '../test-support/desk/desk-clients';
import { startDeskProcess, type DeskProcess } from '../test-support/desk/desk-process';
import {
  createDatabase,
  servicesMissing,
  startPostgres,
  startRedis,
} from '../test-support/desk/services';
import { flag, runDeskLoad } from './desk-load';

const ARTICLES = 100;
const SERVERS = 3;

const missing = servicesMissing();
if (missing) {
  console.log(JSON.stringify({ benchmark: 'desk-scale', skipped: missing }));
  process.exit(0);
}

const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
const servers: DeskProcess[] = [];
try {
  const url = await createDatabase(postgres, 'desk');
  for (let i = 0; i < SERVERS; i += 1) {
    servers.push(await startDeskProcess({ postgres: url, redis: redis.url }));
  }
  const { token } = await joinAs({ kind: 'postgres', url }, servers[0]!.httpUrl, 'Bench', 'editor');
  const articles = Array.from({ length: ARTICLES }, () => randomUUID());
  for (const id of articles) {
    await value(servers[0]!.httpUrl, 'fileArticle', { id, headline: 'Bench' }, token);
  }
  const pool = new pg.Pool({ connectionString: url });
  pool.on('error', () => {});
  const size = async () =>
    Number(
      (
        await pool.query<{ bytes: string }>(
          "SELECT pg_total_relation_size('updates') + pg_total_relation_size('documents') AS bytes",
        )
      ).rows[0]!.bytes,
    );
  const sizeBefore = await size();
  const clients = flag('clients', 300);
  const figures = await runDeskLoad({
    servers: servers.map((s) => ({ url: s.url, httpUrl: s.httpUrl, pid: s.child.pid! })),
    token,
    articles,
    clients,
    durationS: flag('duration', 120),
    editsPerClientPerSecond: flag('rate', 1),
  });
  const sizeAfter = await size();
  await pool.end();
  console.log(
    JSON.stringify(
      {
        benchmark: 'desk-scale',
        servers: SERVERS,
        clients,
        articles: ARTICLES,
        seconds: figures.seconds,
        edits: figures.edits,
        editsPerSecond: figures.editsPerSecond,
        propagationOtherServerP50Ms: figures.propagation.otherServerP50Ms,
        propagationOtherServerP95Ms: figures.propagation.otherServerP95Ms,
        propagationSameServerP50Ms: figures.propagation.sameServerP50Ms,
        propagationSameServerP95Ms: figures.propagation.sameServerP95Ms,
        samples: figures.propagation.samples,
        serverRssMb: figures.serverRssMb,
        serverPeakRssMb: figures.serverPeakRssMb,
        postgresBytesBefore: sizeBefore,
        postgresBytesAfter: sizeAfter,
        postgresGrowthKbPer1000Edits:
          Math.round(((sizeAfter - sizeBefore) / 1024 / Math.max(1, figures.edits)) * 1000 * 10) /
          10,
      },
      null,
      2,
    ),
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await redis.stop();
  await postgres.remove();
}
