// Loads the ticker and saves the writer's items through the editor's debounced save queue.
// Leaving the view, Ctrl/Cmd+S, hiding or closing the page all save the last edit first.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Ticker, TickerItem } from '../../../shared/ticker';
import { ApiError, api, messageOf } from '../../api/client';
import { useFlushTriggers } from '../../lib/use-flush-triggers';
import { SaveQueue, type SaveState } from '../../lib/save-queue';

export type TickerLoad =
  { phase: 'loading' } | { phase: 'ready' } | { phase: 'failed'; message: string };

export type ItemsChange = (items: readonly TickerItem[]) => readonly TickerItem[];

export interface TickerSession {
  load: TickerLoad;
  items: readonly TickerItem[];
  saveState: SaveState;
  /** Why the ticker started empty, when its file was damaged and set aside. */
  notice: string;
  /** The items this window held when it reloaded after a conflict, kept on screen to copy. */
  leftover: readonly TickerItem[] | undefined;
  update(change: ItemsChange): void;
  /** Reads the ticker again; after a conflict, this window's items become `leftover`. */
  reload(): void;
  dismissNotice(): void;
  dismissLeftover(): void;
}

/** A damaged file has been moved aside by the first read and the second finds none: say why. */
async function fetchTicker(): Promise<{ ticker: Ticker; notice: string }> {
  try {
    return { ticker: await api.getTicker({}), notice: '' };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'io')) throw error;
    return { ticker: await api.getTicker({}), notice: messageOf(error) };
  }
}

export function useTicker(): TickerSession {
  const [load, setLoad] = useState<TickerLoad>({ phase: 'loading' });
  const [items, setItems] = useState<readonly TickerItem[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [notice, setNotice] = useState('');
  const [leftover, setLeftover] = useState<readonly TickerItem[]>();
  const [generation, setGeneration] = useState(0);
  // The queue reads the draft only when a save runs, so the latest items live in a ref too.
  const itemsRef = useRef<readonly TickerItem[]>([]);
  const queueRef = useRef<SaveQueue | undefined>(undefined);

  useEffect(() => {
    let current = true;
    setLoad({ phase: 'loading' });
    fetchTicker().then(
      ({ ticker, notice: why }) => {
        if (!current) return;
        queueRef.current = new SaveQueue({
          revision: ticker.revision,
          onState: (state) => current && setSaveState(state),
          isConflict: (error) => error instanceof ApiError && error.code === 'conflict',
          describe: messageOf,
          persist: async (baseRevision) => {
            const saved = await api.saveTicker({ baseRevision, items: [...itemsRef.current] });
            return saved.revision;
          },
        });
        itemsRef.current = ticker.items;
        setItems(ticker.items);
        setSaveState({ kind: 'saved' });
        if (why) setNotice(why);
        setLoad({ phase: 'ready' });
      },
      (error) => current && setLoad({ phase: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
      // Leaving goes through navigate(), which has flushed; a reload follows a conflict.
      queueRef.current?.dispose();
      queueRef.current = undefined;
    };
  }, [generation]);

  const flush = useCallback(async () => (await queueRef.current?.flush()) ?? true, []);
  const isDirty = useCallback(() => queueRef.current?.isDirty ?? false, []);
  const unsavedReason = useCallback(() => queueRef.current?.unsavedReason ?? '', []);
  useFlushTriggers(flush, isDirty, unsavedReason);

  const update = useCallback((change: ItemsChange) => {
    const queue = queueRef.current;
    if (!queue) return;
    const next = change(itemsRef.current);
    if (next === itemsRef.current) return;
    itemsRef.current = next;
    setItems(next);
    queue.markDirty();
  }, []);

  const reload = useCallback(() => {
    if (queueRef.current?.isDirty) setLeftover(itemsRef.current);
    setGeneration((value) => value + 1);
  }, []);

  return {
    load,
    items,
    saveState,
    notice,
    leftover,
    update,
    reload,
    dismissNotice: useCallback(() => setNotice(''), []),
    dismissLeftover: useCallback(() => setLeftover(undefined), []),
  };
}
