// What the Electron preload puts on `window.dateline`: the contract's methods, returning result
// values rather than throwing, and one listener for commands from the host (menu items, closing).
import type { HostCommand } from './channels';
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { ApiResult } from './errors';

export type RawApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>>;
};

/** A listener may return a promise; the host waits for it (the "flush" command before closing). */
export type CommandListener = (command: HostCommand) => void | Promise<void>;

export interface DatelineBridge extends RawApi {
  onCommand(listener: CommandListener): () => void;
}
