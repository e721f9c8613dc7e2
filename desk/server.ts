// Starts the desk: one SQLite file, Hocuspocus with the desk's hooks, the desk directory held
// open, HTTP(S) for requests and health, WebSockets for the Yjs documents.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { articleIdOf, DESK_DOC_NAME } from '../shared/desk/article-doc';
import type { DeskHealth } from '../shared/desk/contract';
import { watchOtherWriters } from './access-watch';
import { DeskArticles } from './articles';
import { ChangeNotes } from './change-notes';
import { openDeskDatabase } from './database';
import { DeskDirectory } from './directory';
import { deskHandlers } from './handlers';
import { deskHooks, type DeskContext } from './hooks';
import { deskRequestHandler } from './http-api';
import type { DeskLimits } from './limits';
import { activeMembers, memberForTokenHash } from './people';
import { DeskSettingsStore } from './settings';
import { attachWebSockets, CLOSE } from './sockets';
import { SqliteDocumentStore } from './store-sqlite';

export interface DeskServerOptions {
  dataDir: string;
  host: string;
  port: number;
  tls?: { cert: Buffer; key: Buffer };
  limits: DeskLimits;
  compactAfterUpdates: number;
  /** How often to look for people revoked or invited from the command line. */
  accessCheckMs: number;
  log(line: string): void;
}

export interface RunningDesk {
  /** ws://host:port or wss://host:port, for the app and the providers. */
  url: string;
  health(): DeskHealth;
  stop(): Promise<void>;
}

export async function startDesk(options: DeskServerOptions): Promise<RunningDesk> {
  const db = openDeskDatabase(options.dataDir);
  let errors = 0;
  const events = {
    problem(message: string) {
      errors += 1;
      options.log(message);
    },
  };
  const store = new SqliteDocumentStore(db, events, {
    compactAfterUpdates: options.compactAfterUpdates,
  });
  const articles = new DeskArticles(db);
  const settings = new DeskSettingsStore(db);
  const notes = new ChangeNotes((docName, person) => {
    const id = articleIdOf(docName);
    if (!id) return;
    const headline = hocuspocus.documents.get(docName)?.getText('headline').toString() || null;
    const entry = articles.touch(id, person, headline);
    if (entry) void directory.putEntry(entry);
  });
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      deskHooks({
        db,
        store,
        articles,
        limits: options.limits,
        events,
        changed: notes.changed.bind(notes),
      }),
    ],
  });
  // Held open for the server's life, so the directory is always loaded and broadcast.
  const directoryConnection = await hocuspocus.openDirectConnection(DESK_DOC_NAME, {});
  const directory = new DeskDirectory(directoryConnection);
  await directory.reconcile(articles.list(), activeMembers(db), settings.get());

  const handlers = deskHandlers({ db, articles, settings, directory, hocuspocus });
  const server: Server = options.tls ? createHttpsServer(options.tls) : createHttpServer();
  const sockets = attachWebSockets(server, hocuspocus, options.limits, { error: events.problem });
  const health = (): DeskHealth => ({
    ok: true,
    connections: sockets.count(),
    documents: hocuspocus.getDocumentsCount(),
    errors,
  });
  server.on('request', deskRequestHandler(db, handlers, health, events.problem));

  const stopWatching = watchOtherWriters(db, options.accessCheckMs, () => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as DeskContext;
        if (!context.tokenHash) continue;
        const member = memberForTokenHash(db, context.tokenHash);
        if (member) context.member = member;
        else context.socket.close(CLOSE.revoked);
      }
    }
    void directory.setPeople(activeMembers(db));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `${options.tls ? 'wss' : 'ws'}://${host}:${port}`,
    health,
    async stop() {
      stopWatching();
      notes.flush();
      sockets.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await directoryConnection.disconnect();
      store.close();
    },
  };
}
