// The desk's HTTP side: `GET /health` for monitoring, `POST /desk/<method>` for the requests in
// shared/desk/contract.ts, each with a bearer credential except join, and `PUT`/`GET
// /desk/photos/<hash>` for the photos' originals, with the credential too.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DESK_PHOTOS_PATH,
  deskContract,
  isDeskMethod,
  type DeskErrorCode,
  type DeskHealth,
  type DeskResult,
} from '../shared/desk/contract';
import type { DeskHandlers } from './handlers';
import { memberForToken, type Member } from './people';
import { tooLarge, type DeskPhotos } from './photos';
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

export interface DeskRequestDeps {
  db: DeskSql;
  handlers: DeskHandlers;
  photos: DeskPhotos;
  health: () => DeskHealth;
  onError: (message: string) => void;
}

export function deskRequestHandler({ db, handlers, photos, health, onError }: DeskRequestDeps) {
  const member = async (request: IncomingMessage): Promise<Member> => {
    const found = await memberForToken(db, bearerToken(request));
    if (!found) {
      throw new DeskRequestError(
        'unauthorized',
        'Your desk credential is not known or was revoked; join the desk again.',
      );
    }
    return found;
  };
  const fail = (response: ServerResponse, error: unknown) => {
    const known = error instanceof DeskRequestError;
    if (!known) onError(`A desk request failed: ${(error as Error).message}`);
    const value = known
      ? error.toValue()
      : { code: 'internal' as const, message: 'The desk could not do this; its log says why.' };
    send(response, STATUS[value.code], { ok: false, error: value } satisfies DeskResult<unknown>);
  };
  const photoRequest = async (request: IncomingMessage, response: ServerResponse, hash: string) => {
    try {
      if (request.method === 'PUT') {
        const sender = await member(request);
        const bytes = await readBody(request, photos.maxBytes, () => tooLarge(photos.maxBytes));
        await photos.add(sender, hash, bytes);
        return send(response, 200, { ok: true, value: null } satisfies DeskResult<null>);
      }
      if (request.method === 'GET') {
        await member(request);
        const photo = await photos.read(hash);
        response.writeHead(200, {
          'content-type': `image/${photo.format}`,
          'content-length': photo.bytes.byteLength,
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'",
        });
        response.end(photo.bytes);
        return;
      }
      throw new DeskRequestError(
        'unknown-method',
        `The desk has no ${request.method} for photos; use PUT or GET.`,
      );
    } catch (error) {
      // A refused upload may still be arriving; the rest of it is not read.
      if (!request.complete) response.setHeader('connection', 'close');
      fail(response, error);
    }
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://desk');
    if (request.method === 'GET' && url.pathname === '/health') {
      return send(response, 200, health());
    }
    if (url.pathname.startsWith(DESK_PHOTOS_PATH)) {
      return photoRequest(request, response, url.pathname.slice(DESK_PHOTOS_PATH.length));
    }
    const method = url.pathname.startsWith('/desk/') ? url.pathname.slice('/desk/'.length) : '';
    try {
      if (request.method !== 'POST' || !isDeskMethod(method)) {
        throw new DeskRequestError(
          'unknown-method',
          `The desk has no ${request.method} ${url.pathname}.`,
        );
      }
      const parsed = deskContract[method].input.safeParse(
        parseJson(
          await readBody(
            request,
            MAX_BODY_BYTES,
            () => new DeskRequestError('too-large', 'The request is larger than the desk takes.'),
          ),
        ),
      );
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
        const sender = await member(request);
        value = await (handlers[method] as (m: Member, i: unknown) => Promise<unknown>)(
          sender,
          parsed.data,
        );
      }
      send(response, 200, { ok: true, value } satisfies DeskResult<unknown>);
    } catch (error) {
      fail(response, error);
    }
  };
}

function bearerToken(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
}

/** The request's body, refused with `tooBig()` as soon as it passes `limit` bytes. */
async function readBody(
  request: IncomingMessage,
  limit: number,
  tooBig: () => DeskRequestError,
): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw tooBig();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
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
