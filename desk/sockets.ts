// Connects WebSockets to Hocuspocus through crossws (the adapter Hocuspocus' own server uses),
// with a gate in front: a frame that is not one Dateline's clients send, or one too many in a
// second, closes that client's socket and no one else's.
import type { Server as HttpServer } from 'node:http';
import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import { MessageBudget, type DeskLimits } from './limits';
import { isPong, readFrame } from './messages';

/** Close codes the desk uses (4000-4999 are free for applications), with words for the person. */
export const CLOSE = {
  garbage: { code: 4400, reason: 'The desk could not read a message from this app.', error: true },
  revoked: { code: 4401, reason: 'Your access to the desk was revoked.', error: false },
  refused: { code: 4403, reason: 'The desk refused a change from this app.', error: true },
  tooLarge: { code: 4413, reason: 'The article is too large for the desk.', error: true },
  tooFast: { code: 4429, reason: 'This app sent more messages than the desk takes.', error: true },
  // Not the client's doing: it keeps its changes and sends them again once it reconnects.
  unavailable: {
    code: 4503,
    reason: 'The desk cannot store changes just now; they are kept here and sent again.',
    error: false,
  },
} as const;

export interface CloseWhy {
  code: number;
  reason: string;
  /** Whether the client did something wrong (counted in the desk's health) or not. */
  error: boolean;
}

/** One client's socket: Hocuspocus' hooks reach it through the connection's context. */
export class DeskSocket {
  private readonly budget: MessageBudget;
  closed = false;

  constructor(
    readonly websocket: WebSocketLike,
    limits: DeskLimits,
    private readonly onRefused: (why: string) => void,
  ) {
    this.budget = new MessageBudget(limits);
  }

  /** Closes the socket because of what the client did; counted among the desk's errors. */
  close(why: CloseWhy, detail?: string): void {
    if (this.closed) return;
    this.closed = true;
    if (why.error) this.onRefused(detail ?? why.reason);
    this.websocket.close(why.code, why.reason);
  }

  /** Whether a frame may go on to Hocuspocus; a frame that may not closes the socket. */
  admit(data: Uint8Array | string): data is Uint8Array {
    if (this.closed) return false;
    if (!this.budget.take()) {
      this.close(CLOSE.tooFast);
      return false;
    }
    if (typeof data === 'string') {
      this.close(CLOSE.garbage);
      return false;
    }
    if (isPong(data)) return false;
    try {
      readFrame(data);
      return true;
    } catch {
      this.close(CLOSE.garbage);
      return false;
    }
  }
}

export interface SocketEvents {
  error(message: string): void;
}

export interface DeskContextBase {
  socket: DeskSocket;
}

export function attachWebSockets(
  httpServer: HttpServer,
  hocuspocus: Hocuspocus,
  limits: DeskLimits,
  events: SocketEvents,
) {
  const clients = new Map<
    unknown,
    { socket: DeskSocket; client: ReturnType<Hocuspocus['handleConnection']> }
  >();
  const ws = crossws({
    serverOptions: { maxPayload: limits.maxMessageBytes },
    hooks: {
      open(peer) {
        const websocket = peer.websocket as unknown as WebSocketLike;
        const socket = new DeskSocket(websocket, limits, (why) => events.error(why));
        const context: DeskContextBase = { socket };
        const client = hocuspocus.handleConnection(websocket, peer.request as Request, context);
        clients.set(peer, { socket, client });
      },
      message(peer, message) {
        const entry = clients.get(peer);
        if (!entry) return;
        const raw = message.rawData as unknown;
        const data = typeof raw === 'string' ? raw : message.uint8Array();
        if (entry.socket.admit(data)) entry.client.handleMessage(data);
      },
      close(peer, event) {
        const entry = clients.get(peer);
        clients.delete(peer);
        if (entry) entry.socket.closed = true;
        entry?.client.handleClose({ code: event.code ?? 1000, reason: event.reason ?? '' });
      },
      error(_peer, error) {
        events.error(`A connection failed: ${error.message}`);
      },
    },
  });
  httpServer.on('upgrade', (request, socket, head) => {
    void ws.handleUpgrade(request, socket, head);
  });
  return {
    /** Client sockets open now. */
    count: () => clients.size,
    /** Closes every client socket, e.g. when the desk stops. */
    closeAll: () => ws.closeAll(1001, 'The desk is stopping.', false),
  };
}
