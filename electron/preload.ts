// The bridge on window.dateline: one function per contract method and a command listener.
// It runs sandboxed, so it is bundled to one file and hands the page nothing but plain functions.
import { contextBridge, ipcRenderer } from 'electron';
import type { CommandListener, DatelineBridge, RawApi } from '../shared/api/bridge';
import {
  COMMAND_CHANNEL,
  FLUSHED_CHANNEL,
  HOST_COMMANDS,
  ipcChannel,
  readMethodsArgument,
  type HostCommand,
} from '../shared/api/channels';
import type { MethodName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/errors';

// The method names come from the window's command line (see METHODS_ARGUMENT), so adding a
// method to the contract needs no change here.
const METHODS = readMethodsArgument(process.argv) as MethodName[];

const COMMANDS: readonly HostCommand[] = HOST_COMMANDS;
const listeners = new Set<CommandListener>();

const unreachable: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'Dateline could not reach its main process. Try again.' },
};

function call(method: MethodName) {
  // Only the input crosses over; a rejected invoke becomes a value like every other failure.
  return (input: unknown) =>
    ipcRenderer.invoke(ipcChannel(method), input).catch(() => unreachable) as Promise<
      ApiResult<unknown>
    >;
}

ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown, requestId: unknown) => {
  if (!COMMANDS.includes(command as HostCommand)) return;
  const settled = Promise.allSettled(
    [...listeners].map(async (listener) => listener(command as HostCommand)),
  );
  // Answer even when a listener fails, so closing is never held up by it.
  if (command === 'flush' && typeof requestId === 'string') {
    void settled.then(() => ipcRenderer.send(FLUSHED_CHANNEL, requestId));
  }
});

const bridge = {
  ...(Object.fromEntries(METHODS.map((method) => [method, call(method)])) as RawApi),
  onCommand(listener: CommandListener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
} satisfies DatelineBridge;

contextBridge.exposeInMainWorld('dateline', bridge);
