// Builds the plain TipTap page with esbuild and serves it, with the benchmark's document, on
// loopback for as long as the benchmark runs.
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ArticleBody } from '../../shared/article';

export interface ReferencePage {
  url: string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain TipTap</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto}
.ProseMirror{outline:none;white-space:pre-wrap}</style></head>
<body><script type="module" src="./editor.js"></script></body></html>`;

export async function serveReference(body: ArticleBody): Promise<ReferencePage> {
  const bundle = await build({
    // Run from the project's root (npm run bench), where the benchmark sources are.
    entryPoints: [path.resolve('bench', 'typing', 'reference-editor.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const files = new Map<string, [string, string]>([
    ['/', ['text/html', PAGE]],
    ['/editor.js', ['text/javascript', bundle.outputFiles[0]!.text]],
    ['/body.json', ['application/json', JSON.stringify(body)]],
  ]);
  const server: Server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
