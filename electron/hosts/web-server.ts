// The web host's HTTP server: the built renderer and the API on 127.0.0.1, each request checked
// for where it is addressed, where it comes from and whether it carries the per-launch key.
import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/channels';
import type { Dispatch } from '../services/api-handlers';
import { ClientGoneError, handleApiRequest } from './api-route';
import { INDEX_FILE, resolveStaticFile, sendFile, staticSegments } from './static-files';
import {
  cookieValues,
  headerToken,
  pagesCookie,
  pagesCookieName,
  refuseForeignRequest,
  tokensMatch,
  WRONG_KEY_MESSAGE,
} from './web-guard';
import { sendError, setSecurityHeaders } from './web-responses';

export const LOOPBACK = '127.0.0.1';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (vite's output folder). */
  staticDir: string;
  /** The per-launch key: in the API's header, or in the address of a page. */
  token: string;
  log?: (message: string) => void;
}

export interface WebServer {
  server: Server;
  /** Starts listening on 127.0.0.1; port 0 picks a free one. Resolves with the port. */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

const NOT_FOUND = 'Dateline has nothing at this address.';
const CLOSE_GRACE_MS = 5_000;

export function createWebServer(options: WebServerOptions): WebServer {
  const log = options.log ?? ((message: string) => console.error(message));
  let staticRoot: Promise<string> | undefined;
  const realStaticRoot = () => (staticRoot ??= realpath(options.staticDir));
  // What the cookie carries instead of the key; it opens the built pages and nothing else.
  const pagesKey = randomBytes(32).toString('base64url');

  // Kept from listen(): address() stops answering once close() begins, while requests still finish.
  let port: number | undefined;
  let active = 0;
  let drained: (() => void) | undefined;

  const server = createServer({ requestTimeout: 120_000, headersTimeout: 30_000 }, (req, res) => {
    active += 1;
    res.once('close', () => {
      active -= 1;
      if (active === 0) drained?.();
    });
    // A client that disconnects mid-body must not become an unhandled error.
    req.on('error', () => {});
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ClientGoneError) return;
      log(`Dateline could not answer ${req.method} ${pathOf(req.url)}: ${describe(error)}`);
      sendError(res, 500, 'internal', 'Something went wrong in Dateline; try again.', isApi(req));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const url = req.url ?? '';
    const api = isApi(req);
    if (port === undefined) throw new Error('A request arrived before the server listened.');
    const keyedPage =
      !api && isPagePath(pathOf(url)) && new URLSearchParams(queryOf(url)).has('token');
    const foreign = refuseForeignRequest(req, port, keyedPage);
    if (foreign !== null) {
      sendError(res, 403, 'forbidden', foreign, api);
      return;
    }
    // Absolute-form targets ("GET http://elsewhere/") are for proxies; Dateline is not one.
    if (!url.startsWith('/')) {
      sendError(
        res,
        400,
        'invalid-input',
        'Dateline only answers requests for its own paths.',
        api,
      );
      return;
    }

    const allowed = api ? ['POST'] : ['GET', 'HEAD'];
    if (!allowed.includes(req.method ?? '')) {
      res.setHeader('Allow', allowed.join(', '));
      sendError(res, 405, 'invalid-input', `Dateline does not accept ${req.method} here.`, api);
      return;
    }

    const pathname = pathOf(url);
    if (api) {
      if (!tokensMatch(options.token, headerToken(req, TOKEN_HEADER))) {
        sendError(res, 401, 'forbidden', WRONG_KEY_MESSAGE, true);
        return;
      }
      await handleApiRequest(req, res, pathname, options.dispatch);
      return;
    }

    const queryKeyMatches = new URLSearchParams(queryOf(url))
      .getAll('token')
      .some((given) => tokensMatch(options.token, given));
    const cookieKeyMatches = cookieValues(req, pagesCookieName(port)).some((given) =>
      tokensMatch(pagesKey, given),
    );
    if (!queryKeyMatches && !cookieKeyMatches) {
      sendError(res, 401, 'forbidden', WRONG_KEY_MESSAGE, false);
      return;
    }
    await serveStatic(req, res, pathname, port, queryKeyMatches);
  }

  async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    port: number,
    keyInQuery: boolean,
  ): Promise<void> {
    const segments = staticSegments(pathname);
    const root = await realStaticRoot().catch(() => null);
    const file = segments && root !== null ? await resolveStaticFile(root, segments) : null;
    if (file === null || segments === null) {
      sendError(res, 404, 'not-found', NOT_FOUND, false);
      return;
    }
    // Loading the page with the key in its address is what lets its scripts, styles and a reload
    // load after; the key itself stays in the page's tab, out of the cookie.
    if (keyInQuery && segments.length === 1 && segments[0] === INDEX_FILE) {
      res.setHeader('Set-Cookie', pagesCookie(port, pagesKey));
    }
    const sent = await sendFile(res, file, req.method === 'GET');
    if (!sent) {
      res.removeHeader('Set-Cookie');
      sendError(res, 404, 'not-found', NOT_FOUND, false);
    }
  }

  return {
    server,
    listen: (requested) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: requested, host: LOOPBACK, exclusive: true }, () => {
          server.off('error', reject);
          port = listeningPort(server);
          resolve(port ?? requested);
        });
      }),
    // Lets requests in flight (a save) finish, for a few seconds at most, then drops every connection.
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if (active > 0) {
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, CLOSE_GRACE_MS).unref();
        });
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

function isApi(req: IncomingMessage): boolean {
  return pathOf(req.url).startsWith(API_PATH_PREFIX);
}

function isPagePath(pathname: string): boolean {
  return pathname === '/' || pathname === `/${INDEX_FILE}`;
}

function pathOf(url: string | undefined): string {
  const value = url ?? '';
  const query = value.indexOf('?');
  return query < 0 ? value : value.slice(0, query);
}

function queryOf(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? '' : url.slice(query + 1);
}

function listeningPort(server: Server): number | undefined {
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
