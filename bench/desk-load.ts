// Drives simulated desk clients (real Hocuspocus providers, each on its own WebSocket) editing
// articles, and measures how long an edit takes to reach the other clients of the same article,
// how many edits the servers store per second, and each server process's memory.
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { articleDocName } from '../shared/desk/article-doc';
import type { DeskHealth } from '../shared/desk/contract';

export interface LoadServer {
  url: string;
  httpUrl: string;
  pid: number;
}

export interface LoadOptions {
  servers: LoadServer[];
  token: string;
  articles: string[];
  clients: number;
  durationS: number;
  /** Each client types this many words a second. */
  editsPerClientPerSecond: number;
}

interface SimClient {
  server: number;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  websocket: HocuspocusProviderWebsocket;
}

export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length
    ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10
    : null;

async function storedChanges(servers: LoadServer[]): Promise<number> {
  let sum = 0;
  for (const server of servers) {
    const health = (await (await fetch(`${server.httpUrl}/health`)).json()) as DeskHealth;
    sum += health.storedChanges ?? 0;
  }
  return sum;
}

async function waitFor(check: () => boolean, timeoutMs: number, what: string) {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runDeskLoad(options: LoadOptions) {
  const sentAt = new Map<string, { at: number; server: number }>();
  const sameServer: number[] = [];
  const otherServer: number[] = [];
  const clients: SimClient[] = [];
  for (let i = 0; i < options.clients; i += 1) {
    // Clients of one article sit on different servers where there are several.
    const article = options.articles[i % options.articles.length]!;
    const server = Math.floor(i / options.articles.length) % options.servers.length;
    const doc = new Y.Doc();
    const websocket = new HocuspocusProviderWebsocket({ url: options.servers[server]!.url });
    const provider = new HocuspocusProvider({
      websocketProvider: websocket,
      name: articleDocName(article),
      token: options.token,
      document: doc,
    });
    provider.attach();
    doc.getText('notes').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const word of op.insert.split(' ')) {
          const sent = sentAt.get(word);
          if (sent) (sent.server === server ? sameServer : otherServer).push(now - sent.at);
        }
      }
    });
    clients.push({ server, doc, provider, websocket });
    // Connecting hundreds at once would be a thundering herd no newsroom produces.
    if (i % 25 === 24) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await waitFor(() => clients.every((c) => c.provider.isSynced), 120_000, 'every client to sync');

  const storedBefore = await storedChanges(options.servers);
  const started = performance.now();
  let edits = 0;
  const peakRss = options.servers.map((s) => rssMb(s.pid));
  const intervalMs = 1000 / options.editsPerClientPerSecond;
  const timers = clients.map((client, index) =>
    setTimeout(() => {
      let seq = 0;
      const timer = setInterval(() => {
        const notes = client.doc.getText('notes');
        const word = `c${index}s${seq++}`;
        sentAt.set(word, { at: performance.now(), server: client.server });
        client.doc.transact(() => {
          // Keep each article a readable length: trim from the front as it grows.
          if (notes.length > 4_000) notes.delete(0, 200);
          notes.insert(notes.length, ` ${word}`);
        });
        edits += 1;
      }, intervalMs);
      timers.push(timer);
    }, Math.random() * intervalMs),
  );
  const sampler = setInterval(() => {
    options.servers.forEach((s, i) => (peakRss[i] = Math.max(peakRss[i]!, rssMb(s.pid))));
  }, 1_000);
  await new Promise((resolve) => setTimeout(resolve, options.durationS * 1000));
  timers.forEach((t) => clearInterval(t));
  clearInterval(sampler);
  await waitFor(
    () => clients.every((c) => c.provider.unsyncedChanges === 0),
    60_000,
    'every edit to be acknowledged',
  ).catch(() => {});
  const elapsedS = (performance.now() - started) / 1000;
  const stored = (await storedChanges(options.servers)) - storedBefore;
  const rss = options.servers.map((s) => rssMb(s.pid));
  rss.forEach((mb, i) => (peakRss[i] = Math.max(peakRss[i]!, mb)));
  clients.forEach((c) => {
    c.provider.destroy();
    c.websocket.destroy();
  });
  const other = [...otherServer].sort((a, b) => a - b);
  const same = [...sameServer].sort((a, b) => a - b);
  return {
    edits,
    /** Every change stored, the servers' own (directory, who changed what) included. */
    storedEdits: stored,
    seconds: Math.round(elapsedS * 10) / 10,
    editsPerSecond: Math.round(edits / elapsedS),
    propagation: {
      otherServerP50Ms: percentile(other, 0.5),
      otherServerP95Ms: percentile(other, 0.95),
      sameServerP50Ms: percentile(same, 0.5),
      sameServerP95Ms: percentile(same, 0.95),
      samples: other.length + same.length,
    },
    serverRssMb: rss,
    serverPeakRssMb: peakRss,
  };
}

/** `--duration 30` and the like, from the benchmark's command line. */
export function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}
