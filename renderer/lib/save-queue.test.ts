import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue, type SaveState } from './save-queue';

class Conflict extends Error {}

function setup(
  persistImpl?: (base: number) => Promise<number>,
  startWhen?: ConstructorParameters<typeof SaveQueue>[0]['startWhen'],
) {
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
    ...(startWhen ? { startWhen } : {}),
  });
  return { queue, persist, states, saves };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('saves one second after the first unsaved edit', async () => {
    const { queue, saves, states } = setup();
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(400);
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(599);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ at: 1_000, base: 1 }]);
    expect(states.at(-1)).toEqual({ kind: 'saved' });
    expect(queue.currentRevision).toBe(2);
  });

  it('saves every second while typing goes on, so no edit waits longer', async () => {
    const { queue, saves } = setup();
    for (let elapsed = 0; elapsed < 5_000; elapsed += 200) {
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(saves.map((save) => save.at)).toEqual([1_000, 2_000, 3_000, 4_000, 5_000]);
    expect(saves.map((save) => save.base)).toEqual([1, 2, 3, 4, 5]);
  });

  it('saves edits made during a slow save a second after the first of them', async () => {
    const saves: number[] = [];
    const { queue } = setup(async (base) => {
      saves.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, 600));
      return base + 1;
    });
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(1_100);
    // The first save runs from 1,000 to 1,600; this edit at 1,100 is due at 2,100.
    queue.markDirty();
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toEqual([1_000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([1_000, 2_100]);
  });

  it('tells a flush whether everything reached the disk, and why not', async () => {
    let failing = true;
    const { queue } = setup(async (base) => {
      if (failing) throw new Error('Could not save the article: the disk is full.');
      return base + 1;
    });
    expect(await queue.flush()).toBe(true);
    queue.markDirty();
    expect(await queue.flush()).toBe(false);
    expect(queue.unsavedReason).toBe('Could not save the article: the disk is full.');
    failing = false;
    expect(await queue.flush()).toBe(true);
    queue.markDirty();
    queue.markConflict('changed elsewhere');
    expect(await queue.flush()).toBe(false);
    expect(queue.unsavedReason).toBe('changed elsewhere');
  });

  it('stops saving over an article changed elsewhere until the writer chooses', async () => {
    const { queue, states, persist } = setup();
    queue.markDirty();
    queue.markConflict('changed elsewhere');
    expect(queue.inConflict).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    queue.markDirty();
    await queue.flush();
    expect(persist).not.toHaveBeenCalled();
    expect(states.at(-1)).toEqual({ kind: 'conflict', message: 'changed elsewhere' });
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

  describe('waiting for a gap between keystrokes', () => {
    /** A moment asked for, and when; it comes when the test says, or after 200 ms. */
    function moments() {
      const asked: number[] = [];
      let come: () => void = () => undefined;
      const moment = () =>
        new Promise<void>((resolve) => {
          asked.push(Date.now());
          come = resolve;
          setTimeout(resolve, 200);
        });
      return { asked, come: () => come(), startWhen: { moment, atMostMs: 200 } };
    }

    it('starts a save come due at the next gap, still within the second', async () => {
      const gap = moments();
      const { queue, saves } = setup(undefined, gap.startWhen);
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(800);
      expect(gap.asked).toEqual([800]);
      expect(saves).toHaveLength(0);
      // Keys pressed while it waits do not put the save off.
      await vi.advanceTimersByTimeAsync(50);
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(40);
      expect(saves).toHaveLength(0);
      gap.come();
      await vi.advanceTimersByTimeAsync(0);
      expect(saves.map((save) => save.at)).toEqual([890]);
      expect(queue.isDirty).toBe(false);
    });

    it('starts it at the second when no gap comes', async () => {
      const gap = moments();
      const { queue, saves } = setup(undefined, gap.startWhen);
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(999);
      expect(saves).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(saves.map((save) => save.at)).toEqual([1_000]);
    });

    it('never makes a flush wait, nor saves again when the gap comes after it', async () => {
      const gap = moments();
      const { queue, saves } = setup(undefined, gap.startWhen);
      queue.markDirty();
      await vi.advanceTimersByTimeAsync(900);
      await queue.flush();
      expect(saves.map((save) => save.at)).toEqual([900]);
      gap.come();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(saves).toHaveLength(1);
    });
  });
});
