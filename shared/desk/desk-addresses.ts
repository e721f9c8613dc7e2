// A desk may run on several servers. The app is given their addresses; each time the connection
// to one closes (the server stopped, or never answered), the next attempt goes to the next
// address in the list, so the clients of a lost server move to the others by themselves.

/** The part of Hocuspocus' provider websocket this needs: its address and its close event. */
export interface RotatableWebsocket {
  configuration: { url: string };
  on(event: 'close', listener: () => void): unknown;
  off(event: 'close', listener: () => void): unknown;
}

/** Reads "wss://a.example, wss://b.example" (commas, spaces or new lines) into a list. */
export function parseDeskAddresses(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/**
 * Starts the websocket on the first address and moves to the next one after every close.
 * Returns a function that stops rotating.
 */
export function rotateDeskAddresses(
  websocket: RotatableWebsocket,
  addresses: readonly string[],
): () => void {
  if (addresses.length === 0) throw new Error('A desk needs at least one address.');
  let index = Math.max(0, addresses.indexOf(websocket.configuration.url));
  websocket.configuration.url = addresses[index]!;
  const next = () => {
    index = (index + 1) % addresses.length;
    websocket.configuration.url = addresses[index]!;
  };
  websocket.on('close', next);
  return () => websocket.off('close', next);
}
