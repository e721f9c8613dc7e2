// Starts the desk: its storage (one SQLite file, or PostgreSQL shared with other desk servers and
// Redis between them), Hocuspocus with the desk's hooks, the desk directory held open, HTTP(S) for
// requests and health, WebSockets for the Yjs documents.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { articleIdOf, DESK_DOC_NAME } from '../shared/desk/article-doc';
import type { DeskHealth } from '../shared/desk/contract';
import { DeskArticles } from './articles';
import { openDeskBackend, type DeskStorage } from './backend';
import { ChangeNotes } from './change-notes';
import { DeskDirectory } from './directory';
import { deskHandlers } from './handlers';
import { deskHooks, type DeskContext } from './hooks';
import { deskRequestHandler } from './http-api';
import type { DeskLimits } from './limits';
import { activeMembers, memberForTokenHash } from './people';
import { DeskPhotos } from './photos';
import { deskRedis } from './redis';
import { DeskSettingsStore } from './settings';
import { attachWebSockets, CLOSE } from './sockets';
import { countingStore } from './store-counts';

export interface DeskServerOptions {
  storage: DeskStorage;
  /** redis://… shared by several desk servers; without it the server works alone. */
  redisUrl?: string;
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
  let errors = 0;
  const events = {
    problem(message: string) {
      errors += 1;
      options.log(message);
    },
  };
  const backend = await openDeskBackend(options.storage, events, {
    compactAfterUpdates: options.compactAfterUpdates,
  });
  const { sql: db } = backend;
  const store = countingStore(backend.store);
  const articles = new DeskArticles(db);
  const settings = new DeskSettingsStore(db);
  const notes = new ChangeNotes((docName, person) => {
    const id = articleIdOf(docName);
    if (!id) return;
    const headline = hocuspocus.documents.get(docName)?.getText('headline').toString() || null;
    articles
      .touch(id, person, headline)
      .then((entry) => entry && directory.putEntry(entry))
      .catch((error: Error) =>
        events.problem(`Could not note a change to ${id}: ${error.message}`),
      );
  });
  const redis = options.redisUrl ? deskRedis(options.redisUrl, events.problem) : null;
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [
      ...(redis ? [redis.extension] : []),
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
  redis?.attach(hocuspocus, store);
  // Held open for the server's life, so the directory is always loaded and broadcast.
  const directoryConnection = await hocuspocus.openDirectConnection(DESK_DOC_NAME, {});
  const directory = new DeskDirectory(directoryConnection);
  await directory.reconcile(await articles.list(), await activeMembers(db), await settings.get());

  const photos = new DeskPhotos(db, options.limits.maxPhotoBytes);
  const handlers = deskHandlers({ db, articles, settings, directory, hocuspocus, photos });
  const server: Server = options.tls ? createHttpsServer(options.tls) : createHttpServer();
  const sockets = attachWebSockets(server, hocuspocus, options.limits, { error: events.problem });
  const health = (): DeskHealth => ({
    ok: !store.failing() && redis?.state() !== 'unreachable',
    connections: sockets.count(),
    documents: hocuspocus.getDocumentsCount(),
    errors,
    storage: options.storage.kind,
    storedChanges: store.stored(),
    ...(redis ? { redis: redis.state() } : {}),
  });
  server.on(
    'request',
    deskRequestHandler({ db, handlers, photos, health, onError: events.problem }),
  );

  // Someone was revoked or invited (here, on another server, or from the command line): close
  // the sockets of anyone whose credential no longer works, and refresh the people list.
  const recheckAccess = async () => {
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const context = connection.context as DeskContext;
        if (!context.tokenHash) continue;
        const member = await memberForTokenHash(db, context.tokenHash);
        if (member) context.member = member;
        else context.socket.close(CLOSE.revoked);
      }
    }
    await directory.setPeople(await activeMembers(db));
  };
  const stopWatching = backend.watchAccess(options.accessCheckMs, () => {
    recheckAccess().catch((error: Error) =>
      events.problem(`Could not check who may still use the desk: ${error.message}`),
    );
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
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await backend.close();
    },
  };
}
