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
  type DeskCredential,
  type DeskErrorCode,
  type DeskMethod,
  type DeskMethodInput,
  type DeskMethodOutput,
  type DeskResult,
} from '../../shared/desk/contract';
import type { DeskCredentialStore, StoredDesk } from './desk-credential-store';

const REQUEST_TIMEOUT_MS = 10_000;

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
    const credential = await this.request<DeskCredential>(sockets, 'join', { code });
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
    const desk = await this.credentials.read();
    if (!desk) {
      throw new DatelineError(
        'forbidden',
        'This computer has not joined a desk; join one in Settings.',
      );
    }
    return this.request<DeskMethodOutput<M>>(desk.addresses, method, input, desk.token);
  }

  private async request<T>(
    sockets: string[],
    method: DeskMethod,
    input: unknown,
    token?: string,
  ): Promise<T> {
    const failures: string[] = [];
    for (let step = 0; step < sockets.length; step++) {
      const index = (this.preferred + step) % sockets.length;
      const address = readDeskAddress(sockets[index]!);
      if (typeof address === 'string') continue;
      let result: DeskResult<T>;
      try {
        result = await this.post<T>(address.http, method, input, token);
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

  private async post<T>(http: string, method: DeskMethod, input: unknown, token?: string) {
    let response: Response;
    try {
      response = await this.fetchImpl(`${http}${deskPath(method)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        redirect: 'error',
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new Unreachable(cause ?? (error as Error).message);
    }
    try {
      return (await response.json()) as DeskResult<T>;
    } catch {
      throw new Unreachable(`answered ${response.status} without a desk's reply`);
    }
  }
}
