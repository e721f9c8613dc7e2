import { describe, expect, it } from 'vitest';
import { parseDeskAddresses, rotateDeskAddresses } from './desk-addresses';

function fakeWebsocket(url: string) {
  const listeners = new Set<() => void>();
  return {
    configuration: { url },
    on: (_: 'close', listener: () => void) => listeners.add(listener),
    off: (_: 'close', listener: () => void) => listeners.delete(listener),
    close: () => listeners.forEach((listener) => listener()),
  };
}

describe('desk addresses', () => {
  it('reads a list typed with commas, spaces or new lines, once each', () => {
    expect(
      parseDeskAddresses('wss://a.example, wss://b.example\nwss://a.example  wss://c.example'),
    ).toEqual(['wss://a.example', 'wss://b.example', 'wss://c.example']);
  });

  it('moves to the next address after each close, round and round, until stopped', () => {
    const websocket = fakeWebsocket('wss://b.example');
    const stop = rotateDeskAddresses(websocket, [
      'wss://a.example',
      'wss://b.example',
      'wss://c.example',
    ]);
    const seen = [websocket.configuration.url];
    for (let i = 0; i < 3; i += 1) {
      websocket.close();
      seen.push(websocket.configuration.url);
    }
    expect(seen).toEqual([
      'wss://b.example',
      'wss://c.example',
      'wss://a.example',
      'wss://b.example',
    ]);
    stop();
    websocket.close();
    expect(websocket.configuration.url).toBe('wss://b.example');
  });
});
