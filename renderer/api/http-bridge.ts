// Talks to the web host over HTTP when there is no Electron preload. The per-launch key comes
// from the address the host printed and is kept for this tab only. Large requests are sent by
// a worker (http-send.ts).
import type { RawApi } from '../../shared/api/bridge';
import { API_PATH_PREFIX, TOKEN_HEADER } from '../../shared/api/channels';
import { methodNames, type MethodName } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { postJson } from './http-send';

const TOKEN_KEY = 'dateline-token';

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function createHttpBridge(): RawApi {
  const token = takeToken();
  const headers = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
  const call = async (method: MethodName, input: unknown): Promise<ApiResult<unknown>> => {
    const answered = await postJson(
      `${API_PATH_PREFIX}${method}`,
      headers,
      JSON.stringify(input ?? {}),
    );
    if (!answered) {
      return {
        ok: false,
        error: {
          code: 'io',
          message: 'Dateline’s local server is not answering. Is it still running?',
          reason: 'server-gone',
        },
      };
    }
    try {
      return JSON.parse(answered.text) as ApiResult<unknown>;
    } catch {
      const status = `${answered.status} ${answered.statusText}`.trim();
      return {
        ok: false,
        error: {
          code: 'io',
          message: `Dateline’s local server answered ${answered.status} ${answered.statusText}.`,
          reason: 'server-answer',
          values: { status },
        },
      };
    }
  };
  return Object.fromEntries(
    methodNames.map((method) => [method, (input: unknown) => call(method, input)]),
  ) as RawApi;
}
