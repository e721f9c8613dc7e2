// The renderer's one way to reach the back end, whatever the host: the Electron preload bridge
// when it exists, HTTP to the web host otherwise. Error values become thrown ApiErrors.
import type { CommandListener, DatelineBridge, RawApi } from '../../shared/api/bridge';
import { methodNames, type DatelineApi } from '../../shared/api/contract';
import type { ApiErrorCode, ApiErrorValue, ApiErrorValues } from '../../shared/api/errors';
import { wordError } from './error-words';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    dateline?: DatelineBridge;
  }
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly reason?: string;
  readonly values?: ApiErrorValues;

  constructor(
    code: ApiErrorCode,
    message: string,
    wording: Omit<ApiErrorValue, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.reason = wording.reason;
    this.values = wording.values;
  }
}

const raw: RawApi = window.dateline ?? createHttpBridge();

export const api = Object.fromEntries(
  methodNames.map((method) => [
    method,
    async (input: unknown) => {
      const result = await (raw[method] as (input: unknown) => ReturnType<RawApi[typeof method]>)(
        input,
      );
      if (result.ok) return result.value;
      const { code, message, reason, values } = result.error;
      throw new ApiError(code, message, { reason, values });
    },
  ]),
) as DatelineApi;

/** Commands from the desktop host (menu, closing); the web host has none. */
export function onHostCommand(listener: CommandListener): () => void {
  return window.dateline?.onCommand(listener) ?? (() => undefined);
}

/** What went wrong, in the interface's language when the back end said it with a known code. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return wordError(error);
  return error instanceof Error ? error.message : String(error);
}
