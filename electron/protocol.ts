// Serves the built renderer from app://dateline/ instead of file://, so the page has a real origin
// of its own, a CSP header, and no way to read files outside the renderer build.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from './services/renderer-files';

export { CONTENT_SECURITY_POLICY };

/** Where vite puts the renderer, seen from dist-electron/main.cjs. */
export const defaultRendererRoot = (): string => path.join(__dirname, '..', 'dist', 'renderer');

/** Must run before the app is ready: Chromium fixes the list of privileged schemes at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Answers app://dateline/ requests from `root`; call once the app is ready. */
export function serveRenderer(root: string = defaultRendererRoot()): void {
  protocol.handle(APP_SCHEME, createRendererHandler(root));
}

export function createRendererHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') {
      return new Response(null, { status: 405, headers: { Allow: 'GET' } });
    }
    const file = resolveRendererFile(root, request.url);
    const type = file ? contentTypeOf(file) : undefined;
    if (!file || !type) return notFound();
    try {
      // A symbolic link inside the build must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
      if (!isInside(realRoot, realFile)) return notFound();
      const body = await readFile(realFile);
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': type,
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return notFound();
    }
  };
}

/**
 * The file inside `root` that `requestUrl` names, or null when the URL is not ours or tries to
 * leave the folder. The raw text is checked before URL parsing, which would quietly resolve `..`.
 */
export function resolveRendererFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  const rawPath = rawPathOf(requestUrl);
  if (rawPath === null || /[\\\0]|%2f|%5c|%00/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A "%" left after one decoding means double encoding (%252e); ":" would name a drive on Windows.
  if (/[%\\\0:]/.test(decoded)) return null;

  const segments = decoded === '/' || decoded === '' ? ['index.html'] : decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) {
    return null;
  }
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  return isInside(base, file) ? file : null;
}

/** The path exactly as written in the URL: after "scheme://host", before any query or fragment. */
function rawPathOf(requestUrl: string): string | null {
  const afterScheme = requestUrl.indexOf('://');
  if (afterScheme < 0) return null;
  const rest = requestUrl.slice(afterScheme + 3);
  const end = rest.search(/[?#]/);
  const authorityAndPath = end < 0 ? rest : rest.slice(0, end);
  const slash = authorityAndPath.indexOf('/');
  return slash < 0 ? '' : authorityAndPath.slice(slash);
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  const up = relative === '..' || relative.startsWith(`..${path.sep}`);
  return relative !== '' && !up && !path.isAbsolute(relative);
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
