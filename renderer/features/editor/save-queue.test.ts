import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveState } from './save-queue';

class Conflict extends Error {}

function setup(persistImpl?: (base: number) => Promise<number>) {
  const states: SaveState[] = [];
  const saves: { at: number; base: number }[] = [];
  const start = Date.now();
  const persist = vi.fn(
    persistImpl ??
      (async (base: number) => {
        saves.push({ at: Date.now() - start, base });
        return base + 1;
      }),
  );
  const queue = new SaveQueue({
    persist,
    revision: 1,
    onState: (state) => states.push(state),
    isConflict: (error) => error instanceof Conflict,
    describe: (error) => (error as Error).message,
  });
  return { queue, persist, states, saves };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('saves one second after typing pauses', async () => {
    const { queue, saves, states } = setup();
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ at: 1_400, base: 1 }]);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(queue.currentRevision).toBe(2);
  });

  it('saves at least every five seconds while typing goes on', async () => {
    const { queue, saves } = setup();
    for (let elapsed = 0; elapsed < 12_000; elapsed += 200) {
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(saves.map((save) => save.at)).toEqual([5_000, 10_000]);
    expect(saves.map((save) => save.base)).toEqual([1, 2]);
  });

  it('flush saves at once and resolves when the save is done', async () => {
    const { queue, saves } = setup();
    queue.markDirty();
    await queue.flush();
    expect(saves).toHaveLength(1);
    expect(queue.isDirty).toBe(false);
    await queue.flush();
    expect(saves).toHaveLength(1);
  });

  it('keeps edits made while a save is in flight and saves them next', async () => {
    let release: () => void = () => undefined;
    const { queue, persist } = setup(
      (base) =>
        new Promise((resolve) => {
          release = () => resolve(base + 1);
        }),
    );
    queue.markDirty();
    const first = queue.flush();
    queue.markDirty();
    release();
    await first;
    expect(queue.isDirty).toBe(true);
    const second = queue.flush();
    release();
    await second;
    expect(persist).toHaveBeenCalledTimes(2);
    expect(persist.mock.calls.map(([base]) => base)).toEqual([1, 2]);
    expect(queue.isDirty).toBe(false);
  });

  it('reports a failure and retries by itself until the save succeeds', async () => {
    let failing = true;
    const { queue, states, persist } = setup(async (base) => {
      if (failing) throw new Error('Could not save the article: the disk is full.');
      return base + 1;
    });
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toEqual({
      kind: 'error',
      message: 'Could not save the article: the disk is full.',
    });
    expect(queue.isDirty).toBe(true);
    failing = false;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(persist).toHaveBeenCalledTimes(2);
  });

  it('stops saving on a conflict and does not retry over the other version', async () => {
    const { queue, states, persist } = setup(async () => {
      throw new Conflict('changed elsewhere');
    });
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'changed elsewhere' });
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(20_000);
    await queue.flush();
    expect(persist).toHaveBeenCalledTimes(1);
    expect(queue.isDirty).toBe(true);
  });
});
