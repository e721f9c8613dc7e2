// Response helpers for the web host: the security headers every answer carries, and error bodies.
import type { ServerResponse } from 'node:http';
import type { ApiErrorCode } from '../../shared/api/errors';

import { CONTENT_SECURITY_POLICY } from '../services/renderer-files';

export { CONTENT_SECURITY_POLICY };

/** Set on every response. The CSP goes on everything too: it is what stops a served SVG running script. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  // The per-launch key makes anything cached useless next time, and HTML must never be stale.
  res.setHeader('Cache-Control', 'no-store');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(message));
  res.end(message);
}

/** API paths answer errors in the ApiResult shape the renderer's client understands; pages in text. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: ApiErrorCode,
  message: string,
  asJson: boolean,
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (asJson) sendJson(res, status, { ok: false, error: { code, message } });
  else sendText(res, status, `${message}\n`);
}
