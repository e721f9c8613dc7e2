import { describe, expect, it } from 'vitest';
import { checkDeskAddresses, isLoopbackHost, readDeskAddress } from './client-address';

describe('desk addresses the app accepts', () => {
  it('takes loopback addresses without TLS and gives both the socket and the HTTP address', () => {
    expect(readDeskAddress('ws://127.0.0.1:1234')).toEqual({
      socket: 'ws://127.0.0.1:1234',
      http: 'http://127.0.0.1:1234',
    });
    expect(readDeskAddress('http://localhost:8080/')).toEqual({
      socket: 'ws://localhost:8080',
      http: 'http://localhost:8080',
    });
    expect(readDeskAddress('ws://[::1]:9')).toMatchObject({ http: 'http://[::1]:9' });
  });

  it('takes any host over TLS, and reads a bare host as TLS', () => {
    expect(readDeskAddress('wss://desk.example.org')).toEqual({
      socket: 'wss://desk.example.org',
      http: 'https://desk.example.org',
    });
    expect(readDeskAddress('desk.example.org:8443')).toEqual({
      socket: 'wss://desk.example.org:8443',
      http: 'https://desk.example.org:8443',
    });
  });

  it('refuses another computer without TLS', () => {
    expect(readDeskAddress('ws://192.168.1.20:1234')).toBe('not-secure');
    expect(readDeskAddress('http://desk.example.org')).toBe('not-secure');
    // A name that only starts like loopback is another computer.
    expect(readDeskAddress('ws://127.0.0.1.example.org')).toBe('not-secure');
    expect(readDeskAddress('ws://localhost.example.org')).toBe('not-secure');
  });

  it('refuses what is not a desk address', () => {
    expect(readDeskAddress('ftp://127.0.0.1')).toBe('unreadable');
    expect(readDeskAddress('wss://user:pw@desk.example.org')).toBe('unreadable');
    expect(readDeskAddress('wss://desk.example.org/?token=x')).toBe('unreadable');
    expect(readDeskAddress('wss://')).toBe('unreadable');
  });

  it('checks every address of a list and names the first refused one', () => {
    expect(checkDeskAddresses('ws://127.0.0.1:1, wss://b.example.org')).toMatchObject({
      ok: true,
      addresses: [{ socket: 'ws://127.0.0.1:1' }, { socket: 'wss://b.example.org' }],
    });
    expect(checkDeskAddresses('wss://a.example.org\nws://b.example.org')).toEqual({
      ok: false,
      reason: 'not-secure',
      address: 'ws://b.example.org',
    });
    expect(checkDeskAddresses('  ')).toEqual({ ok: false, reason: 'none' });
  });

  it('knows loopback hosts', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'].map(isLoopbackHost)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.1', '0.0.0.0', 'example.org', '::'].map(isLoopbackHost)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
