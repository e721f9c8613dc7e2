// The renderer's one way to reach the back end, whatever the host: the Electron preload bridge
// when it exists, HTTP to the web host otherwise. Error values become thrown ApiErrors.
import type { CommandListener, DatelineBridge, RawApi } from '../../shared/api/bridge';
import { methodNames, type DatelineApi } from '../../shared/api/contract';
import type { ApiErrorCode } from '../../shared/api/errors';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    dateline?: DatelineBridge;
  }
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
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
      throw new ApiError(result.error.code, result.error.message);
    },
  ]),
) as DatelineApi;

/** Commands from the desktop host (menu, closing); the web host has none. */
export function onHostCommand(listener: CommandListener): () => void {
  return window.dateline?.onCommand(listener) ?? (() => undefined);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
