// Real Hocuspocus providers and plain HTTP calls against a running desk, for tests.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { openDeskRecords, type DeskStorage } from '../../desk/backend';
import { invitePerson } from '../../desk/people';
import type { DeskCredential, DeskMethod, DeskResult } from '../../shared/desk/contract';
import { rotateDeskAddresses, type RotatableWebsocket } from '../../shared/desk/desk-addresses';
import type { DeskRole } from '../../shared/desk/roles';

export async function call<T>(
  httpUrl: string,
  method: DeskMethod,
  input: unknown,
  token?: string,
): Promise<DeskResult<T> & { status: number }> {
  const response = await fetch(`${httpUrl}/desk/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(input),
  });
  return { ...((await response.json()) as DeskResult<T>), status: response.status };
}

export async function value<T>(
  httpUrl: string,
  method: DeskMethod,
  input: unknown,
  token?: string,
): Promise<T> {
  const result = await call<T>(httpUrl, method, input, token);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/**
 * Invites a person through a second connection to the desk's storage (a data folder, or a
 * PostgreSQL address), as the CLI does, and joins.
 */
export async function joinAs(
  where: string | DeskStorage,
  httpUrl: string,
  name: string,
  role: DeskRole,
): Promise<DeskCredential> {
  const db = await openDeskRecords(
    typeof where === 'string' ? { kind: 'sqlite', dataDir: where } : where,
  );
  const { code } = await invitePerson(db, name, role);
  await db.close();
  return value<DeskCredential>(httpUrl, 'join', { code });
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  closes: { code: number; reason: string; at: number }[];
  authFailures: string[];
  /** Resolves once the server acknowledged every change so far. */
  acknowledged(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export function connect(
  url: string,
  name: string,
  token: string,
  websocketProvider?: HocuspocusProviderWebsocket,
): TestClient {
  const doc = new Y.Doc();
  const closes: TestClient['closes'] = [];
  const authFailures: string[] = [];
  const provider = new HocuspocusProvider({
    ...(websocketProvider ? { websocketProvider } : { url }),
    name,
    token,
    document: doc,
    // Reconnect quickly: tests restart the server.
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
    onClose: ({ event }: { event: CloseEvent }) =>
      closes.push({ code: event.code, reason: event.reason, at: performance.now() }),
    onAuthenticationFailed: ({ reason }: { reason: string }) => authFailures.push(reason),
  } as unknown as ConstructorParameters<typeof HocuspocusProvider>[0]);
  return {
    doc,
    provider,
    closes,
    authFailures,
    acknowledged: (timeoutMs = 10_000) =>
      until(
        () => provider.isSynced && provider.unsyncedChanges === 0,
        timeoutMs,
        `${name} acknowledged`,
      ),
    destroy: () => provider.destroy(),
  };
}

export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A client given several desk addresses, as the app is: it starts on the first and moves to the
 * next each time its connection closes.
 */
export function connectAny(urls: string[], name: string, token: string): TestClient {
  const websocket = new HocuspocusProviderWebsocket({
    url: urls[0]!,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    factor: 1.5,
  } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
  rotateDeskAddresses(websocket as unknown as RotatableWebsocket, urls);
  const client = connect(urls[0]!, name, token, websocket);
  // A provider given its websocket does not attach itself.
  client.provider.attach();
  const destroy = client.destroy;
  return {
    ...client,
    destroy: () => {
      destroy();
      websocket.destroy();
    },
  };
}
