// POST /api/<method>: reads a bounded JSON body and hands it to the shared dispatch, which
// parses it against the contract and answers with an ApiResult value.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_PATH_PREFIX } from '../../shared/api/channels';
import type { Dispatch } from '../services/api-handlers';
import { sendError, sendJson } from './web-responses';

/** Far above the longest article, small enough to refuse a runaway upload before it fills memory. */
// Room for the largest import the contract accepts (30 MB of base64) plus the JSON around it.
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The client went away mid-request; there is no one left to answer. */
export class ClientGoneError extends Error {}

export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dispatch: Dispatch,
): Promise<void> {
  if (!isJsonContentType(req.headers['content-type'])) {
    sendError(res, 415, 'invalid-input', 'Dateline expects requests sent as JSON.', true);
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too-large') {
    // Closing the connection is what stops the rest of the upload being read.
    res.setHeader('Connection', 'close');
    sendError(res, 413, 'invalid-input', 'That request is too large for Dateline to accept.', true);
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    sendError(
      res,
      400,
      'invalid-input',
      'The request could not be read: it is not valid JSON.',
      true,
    );
    return;
  }
  const result = await dispatch(pathname.slice(API_PATH_PREFIX.length), input);
  sendJson(res, 200, result);
}

function isJsonContentType(header: string | undefined): boolean {
  return header?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The whole body, or 'too-large' as soon as it passes `limit` (without reading the rest). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onGone);
      req.off('aborted', onGone);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        req.pause();
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onGone = () => {
      stop();
      reject(new ClientGoneError('The client closed the connection.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onGone);
    req.on('aborted', onGone);
  });
}
