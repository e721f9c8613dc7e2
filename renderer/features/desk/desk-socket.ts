// One WebSocket to the desk for the whole window, shared by every open desk document and moved
// along the desk's addresses when it closes. It tells listeners each frame it really transmits
// and receives, which is what the "on the desk" state is built from.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { DeskConnection } from '../../../shared/api/desk-contract';
import { rotateDeskAddresses, type RotatableWebsocket } from '../../../shared/desk/desk-addresses';

const OPEN = 1;

export class DeskWebsocket extends HocuspocusProviderWebsocket {
  readonly transmitted = new Set<(frame: Uint8Array) => void>();

  override send(message: unknown): void {
    // A frame sent while the socket is down is queued and comes back through here once it opens.
    if (this.webSocket?.readyState === OPEN && message instanceof Uint8Array) {
      for (const listener of this.transmitted) listener(message);
    }
    super.send(message);
  }
}

let shared: { key: string; socket: DeskWebsocket; stop: () => void } | null = null;

export function deskWebsocket(connection: DeskConnection): DeskWebsocket {
  const key = `${connection.token}\n${connection.addresses.join(' ')}`;
  if (shared?.key === key) return shared.socket;
  closeDeskWebsocket();
  const socket = new DeskWebsocket({
    url: connection.addresses[0]!,
    // Back within a second or two of the desk returning, without hammering it while it is away.
    delay: 300,
    minDelay: 300,
    maxDelay: 2_000,
    factor: 1.5,
    maxAttempts: 0,
  } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
  const stopRotating = rotateDeskAddresses(
    socket as unknown as RotatableWebsocket,
    connection.addresses,
  );
  // An open socket can outlive the network by a minute before it notices; the browser knows at
  // once, so the article says "Offline" as soon as the computer is, and reconnects when it is back.
  const offline = () => socket.disconnect();
  const online = () => void socket.connect().catch(() => undefined);
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  const stop = () => {
    stopRotating();
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
  shared = { key, socket, stop };
  return socket;
}

export function closeDeskWebsocket(): void {
  if (!shared) return;
  shared.stop();
  shared.socket.destroy();
  shared = null;
}

export function openDeskDocument(
  connection: DeskConnection,
  name: string,
  document: Y.Doc,
  extra: Partial<ConstructorParameters<typeof HocuspocusProvider>[0]> = {},
): HocuspocusProvider {
  const provider = new HocuspocusProvider({
    websocketProvider: deskWebsocket(connection),
    name,
    document,
    token: connection.token,
    ...extra,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  // A provider given a shared socket does not attach itself.
  provider.attach();
  return provider;
}
