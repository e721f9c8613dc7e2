// The host's side of the desk: joins with an invite code, keeps the credential, and calls the
// desk's HTTP requests (shared/desk/contract.ts) with it, trying the desk's addresses in turn.
import { DatelineError, type ApiErrorCode } from '../../shared/api/errors';
import type { DeskConnection, DeskStatus } from '../../shared/api/desk-contract';
import {
  checkDeskAddresses,
  deskAddressProblem,
  readDeskAddress,
} from '../../shared/desk/client-address';
import {
  deskPath,
  deskPhotoPath,
  type DeskCredential,
  type DeskErrorCode,
  type DeskMethod,
  type DeskMethodInput,
  type DeskMethodOutput,
  type DeskResult,
} from '../../shared/desk/contract';
import type { DeskCredentialStore, StoredDesk } from './desk-credential-store';

const REQUEST_TIMEOUT_MS = 10_000;
/** A photo may take longer than a request on a slow line: 30 MB at 1 Mbit/s is four minutes. */
const PHOTO_TIMEOUT_MS = 5 * 60_000;
/** The most bytes taken from the desk for one photo, whatever it says it sends. */
export const MAX_DESK_PHOTO_BYTES = 30 * 1024 * 1024;

const CODES: Record<DeskErrorCode, ApiErrorCode> = {
  'invalid-input': 'invalid-input',
  'unknown-method': 'internal',
  unauthorized: 'forbidden',
  forbidden: 'forbidden',
  'not-found': 'not-found',
  'too-large': 'invalid-input',
  internal: 'io',
};

/** The desk could not be reached at any of its addresses. */
class Unreachable extends Error {}

export class DeskClient {
  /** The address that answered last, tried first next time. */
  private preferred = 0;

  constructor(
    private readonly credentials: DeskCredentialStore,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async status(): Promise<DeskStatus> {
    const desk = await this.credentials.read();
    return desk
      ? { joined: true, name: desk.name, role: desk.role, addresses: desk.addresses }
      : { joined: false };
  }

  async connection(): Promise<DeskConnection | null> {
    const desk = await this.credentials.read();
    return (
      desk && { addresses: desk.addresses, token: desk.token, name: desk.name, role: desk.role }
    );
  }

  async join(typed: string, code: string): Promise<DeskStatus> {
    const check = checkDeskAddresses(typed);
    if (!check.ok) throw new DatelineError('invalid-input', deskAddressProblem(check));
    const sockets = check.addresses.map((address) => address.socket);
    const credential = await this.request<DeskCredential>(sockets, (http) =>
      this.post(http, 'join', { code }),
    );
    const desk: StoredDesk = { addresses: sockets, ...credential };
    try {
      await this.credentials.write(desk);
    } catch (error) {
      throw new DatelineError(
        'io',
        `Joined the desk, but could not keep your credential on this computer: ${(error as Error).message}`,
      );
    }
    return this.status();
  }

  async leave(): Promise<DeskStatus> {
    await this.credentials.clear();
    return { joined: false };
  }

  async call<M extends DeskMethod>(
    method: M,
    input: DeskMethodInput<M>,
  ): Promise<DeskMethodOutput<M>> {
    const desk = await this.joined();
    return this.request<DeskMethodOutput<M>>(desk.addresses, (http) =>
      this.post(http, method, input, desk.token),
    );
  }

  /** Sends a photo's original to the desk, which keeps it under its hash. */
  async putPhoto(hash: string, bytes: Uint8Array): Promise<void> {
    const desk = await this.joined();
    await this.request<null>(desk.addresses, (http) =>
      this.exchange(`${http}${deskPhotoPath(hash)}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/octet-stream',
          authorization: `Bearer ${desk.token}`,
        },
        body: new Uint8Array(bytes),
        signal: AbortSignal.timeout(PHOTO_TIMEOUT_MS),
        redirect: 'error',
      }).then((response) => reply<null>(response)),
    );
  }

  /** A photo's original as the desk holds it; null when the desk does not hold it. */
  async getPhoto(hash: string): Promise<Uint8Array | null> {
    const desk = await this.joined();
    try {
      return await this.request<Uint8Array>(desk.addresses, async (http) => {
        const response = await this.exchange(`${http}${deskPhotoPath(hash)}`, {
          headers: { authorization: `Bearer ${desk.token}` },
          signal: AbortSignal.timeout(PHOTO_TIMEOUT_MS),
          redirect: 'error',
        });
        if (!response.ok || !response.headers.get('content-type')?.startsWith('image/')) {
          return reply<Uint8Array>(response);
        }
        return { ok: true, value: await readCapped(response, MAX_DESK_PHOTO_BYTES) };
      });
    } catch (error) {
      if (error instanceof DatelineError && error.code === 'not-found') return null;
      throw error;
    }
  }

  private async joined(): Promise<StoredDesk> {
    const desk = await this.credentials.read();
    if (!desk) {
      throw new DatelineError(
        'forbidden',
        'This computer has not joined a desk; join one in Settings.',
      );
    }
    return desk;
  }

  /** Tries each of the desk's addresses in turn, from the one that answered last. */
  private async request<T>(
    sockets: string[],
    exchange: (http: string) => Promise<DeskResult<T>>,
  ): Promise<T> {
    const failures: string[] = [];
    for (let step = 0; step < sockets.length; step++) {
      const index = (this.preferred + step) % sockets.length;
      const address = readDeskAddress(sockets[index]!);
      if (typeof address === 'string') continue;
      let result: DeskResult<T>;
      try {
        result = await exchange(address.http);
      } catch (error) {
        failures.push(`${sockets[index]} (${(error as Error).message})`);
        continue;
      }
      this.preferred = index;
      if (result.ok) return result.value;
      throw new DatelineError(
        CODES[result.error.code] ?? 'io',
        `The desk refused: ${result.error.message}`,
      );
    }
    throw new DatelineError(
      'io',
      `Could not reach the desk at ${failures.join(', ') || 'any address'}. Your work stays on this computer.`,
    );
  }

  private async post<T>(
    http: string,
    method: DeskMethod,
    input: unknown,
    token?: string,
  ): Promise<DeskResult<T>> {
    const response = await this.exchange(`${http}${deskPath(method)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      redirect: 'error',
    });
    return reply<T>(response);
  }

  private async exchange(url: string, init: RequestInit): Promise<Response> {
    try {
      return await this.fetchImpl(url, init);
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new Unreachable(cause ?? (error as Error).message);
    }
  }
}

async function reply<T>(response: Response): Promise<DeskResult<T>> {
  try {
    return (await response.json()) as DeskResult<T>;
  } catch {
    throw new Unreachable(`answered ${response.status} without a desk's reply`);
  }
}

/** The body's bytes, refused once past `limit` without reading further. */
async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new DatelineError('io', 'The desk sent a photo larger than Dateline keeps.');
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength;
    if (size > limit) {
      throw new DatelineError('io', 'The desk sent a photo larger than Dateline keeps.');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
