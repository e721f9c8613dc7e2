// The desk's HTTP side: `GET /health` for monitoring and `POST /desk/<method>` for the requests
// in shared/desk/contract.ts, each with a bearer credential except join.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  deskContract,
  isDeskMethod,
  type DeskErrorCode,
  type DeskHealth,
  type DeskResult,
} from '../shared/desk/contract';
import type { DeskHandlers } from './handlers';
import { memberForToken } from './people';
import { DeskRequestError } from './request-error';
import type { DeskSql } from './sql';

const MAX_BODY_BYTES = 1024 * 1024;

const STATUS: Record<DeskErrorCode, number> = {
  'invalid-input': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'unknown-method': 404,
  'too-large': 413,
  internal: 500,
};

export function deskRequestHandler(
  db: DeskSql,
  handlers: DeskHandlers,
  health: () => DeskHealth,
  onError: (message: string) => void,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://desk');
    if (request.method === 'GET' && url.pathname === '/health') {
      return send(response, 200, health());
    }
    const method = url.pathname.startsWith('/desk/') ? url.pathname.slice('/desk/'.length) : '';
    try {
      if (request.method !== 'POST' || !isDeskMethod(method)) {
        throw new DeskRequestError(
          'unknown-method',
          `The desk has no ${request.method} ${url.pathname}.`,
        );
      }
      const parsed = deskContract[method].input.safeParse(await readJson(request));
      if (!parsed.success) {
        throw new DeskRequestError(
          'invalid-input',
          parsed.error.issues.map((i) => i.message).join('; '),
        );
      }
      let value: unknown;
      if (method === 'join') {
        value = await handlers.join(parsed.data as never);
      } else {
        const member = await memberForToken(db, bearerToken(request));
        if (!member) {
          throw new DeskRequestError(
            'unauthorized',
            'Your desk credential is not known or was revoked; join the desk again.',
          );
        }
        value = await (handlers[method] as (m: typeof member, i: unknown) => Promise<unknown>)(
          member,
          parsed.data,
        );
      }
      send(response, 200, { ok: true, value } satisfies DeskResult<unknown>);
    } catch (error) {
      const known = error instanceof DeskRequestError;
      if (!known) onError(`A desk request failed: ${(error as Error).message}`);
      const value = known
        ? error.toValue()
        : { code: 'internal' as const, message: 'The desk could not do this; its log says why.' };
      send(response, STATUS[value.code], { ok: false, error: value } satisfies DeskResult<unknown>);
    }
  };
}

function bearerToken(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_BODY_BYTES)
      throw new DeskRequestError('too-large', 'The request is larger than the desk takes.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DeskRequestError('invalid-input', 'The request is not JSON.');
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}
