import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatelineBridge } from '../shared/api/bridge';
import {
  COMMAND_CHANNEL,
  FLUSHED_CHANNEL,
  ipcChannel,
  methodsArgument,
} from '../shared/api/channels';
import { methodNames } from '../shared/api/contract';
import {
  contextBridge,
  ipcRenderer,
  resetElectronMock,
} from '../test-support/electron/electron-mock';

vi.mock('electron', () => import('../test-support/electron/electron-mock'));

let bridge: DatelineBridge;
let exposed: Map<string, unknown>;

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(async () => {
  resetElectronMock();
  // What the window factory puts on the renderer's command line (see window.test.ts).
  process.argv.push(methodsArgument(methodNames), '--dateline-methods-ignored=x');
  await import('./preload');
  exposed = new Map(contextBridge.exposed);
  bridge = exposed.get('dateline') as DatelineBridge;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.send.mockReset();
});

describe('preload', () => {
  it('exposes one object, window.dateline, and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['dateline']);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  });

  it('exposes exactly the contract methods plus onCommand, all plain functions', () => {
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'onCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    const values = Object.values(bridge);
    expect(values).not.toContain(ipcRenderer);
    expect(values).not.toContain(ipcRenderer.invoke);
    expect(values).not.toContain(ipcRenderer.send);
    expect(values).not.toContain(ipcRenderer.on);
  });

  it.each(methodNames)('invokes %s on its own channel with the input only', async (method) => {
    const value = { ok: true, value: method };
    ipcRenderer.invoke.mockResolvedValueOnce(value);
    const call = bridge[method] as (input: unknown, extra?: unknown) => Promise<unknown>;
    expect(await call({ id: 'abc' }, 'smuggled')).toBe(value);
    expect(ipcRenderer.invoke.mock.calls).toEqual([[ipcChannel(method), { id: 'abc' }]]);
  });

  it('turns a failed invoke into an error value instead of a rejection', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'x'"));
    const result = await bridge.listArticles({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('onCommand', () => {
  it('passes menu commands to the listener, without the IPC event', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onCommand(listener);
    ipcRenderer.emit(COMMAND_CHANNEL, { sender: ipcRenderer }, 'new-article');
    ipcRenderer.emit(COMMAND_CHANNEL, { sender: ipcRenderer }, 'import');
    ipcRenderer.emit(COMMAND_CHANNEL, { sender: ipcRenderer }, 'export');
    ipcRenderer.emit(COMMAND_CHANNEL, { sender: ipcRenderer }, 'export-edition');
    ipcRenderer.emit(COMMAND_CHANNEL, { sender: ipcRenderer }, 'save');
    expect(listener.mock.calls).toEqual([
      ['new-article'],
      ['import'],
      ['export'],
      ['export-edition'],
      ['save'],
    ]);
    unsubscribe();
  });

  it('ignores commands it does not know', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.onCommand(listener);
    ipcRenderer.emit(COMMAND_CHANNEL, {}, 'delete-everything');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('answers a flush only after the listener has finished saving', async () => {
    let finishSaving: () => void = () => undefined;
    const listener = vi.fn(() => new Promise<void>((resolve) => (finishSaving = resolve)));
    const unsubscribe = bridge.onCommand(listener);

    ipcRenderer.emit(COMMAND_CHANNEL, {}, 'flush', 'request-1');
    await settle();
    expect(listener).toHaveBeenCalledWith('flush');
    expect(ipcRenderer.send).not.toHaveBeenCalled();

    finishSaving();
    await settle();
    expect(ipcRenderer.send.mock.calls).toEqual([[FLUSHED_CHANNEL, 'request-1']]);
    unsubscribe();
  });

  it('still answers a flush when the listener fails, so closing is not held up', async () => {
    const unsubscribe = bridge.onCommand(async () => {
      throw new Error('disk full');
    });
    ipcRenderer.emit(COMMAND_CHANNEL, {}, 'flush', 'request-2');
    await settle();
    expect(ipcRenderer.send.mock.calls).toEqual([[FLUSHED_CHANNEL, 'request-2']]);
    unsubscribe();
  });

  it('answers a flush at once when nothing listens, and stops calling a removed listener', async () => {
    const listener = vi.fn();
    bridge.onCommand(listener)();
    ipcRenderer.emit(COMMAND_CHANNEL, {}, 'flush', 'request-3');
    await settle();
    expect(listener).not.toHaveBeenCalled();
    expect(ipcRenderer.send.mock.calls).toEqual([[FLUSHED_CHANNEL, 'request-3']]);
  });
});
