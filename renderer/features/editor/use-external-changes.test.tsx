// @vitest-environment happy-dom
// An open article notices within two seconds that its file changed elsewhere (the README's
// promise): on a fake clock, the check runs by the two-second mark and the save queue stops.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveQueue } from '../../lib/save-queue';
import { useExternalChanges } from './use-external-changes';

const getRevisionOnDisk = vi.fn();
vi.mock('../../api/client', () => ({
  api: { getRevisionOnDisk: (input: unknown) => getRevisionOnDisk(input) },
}));

const SAVED_AT = '2026-11-25T08:00:00.000Z';

function Watch({ queue }: { queue: SaveQueue }) {
  useExternalChanges('story-0001', queue, () => SAVED_AT);
  return null;
}

let root: Root | undefined;

function open(): SaveQueue {
  const queue = new SaveQueue({
    persist: async (base) => base + 1,
    revision: 3,
    onState: () => {},
    isConflict: () => false,
    describe: (error) => String(error),
  });
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<Watch queue={queue} />));
  return queue;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers({ now: 0 });
  getRevisionOnDisk.mockReset();
});
afterEach(() => {
  act(() => root?.unmount());
  vi.useRealTimers();
});

describe('an open article', () => {
  it('notices a change made elsewhere within two seconds', async () => {
    getRevisionOnDisk.mockResolvedValue({ revision: 4, updatedAt: '2026-11-25T08:00:05.000Z' });
    const queue = open();
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(getRevisionOnDisk).toHaveBeenCalledWith({ id: 'story-0001' });
    expect(queue.inConflict).toBe(true);
  });

  it('keeps writing while the file on disk is its own', async () => {
    getRevisionOnDisk.mockResolvedValue({ revision: 3, updatedAt: SAVED_AT });
    const queue = open();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(getRevisionOnDisk.mock.calls.length).toBeGreaterThanOrEqual(5);
    expect(queue.inConflict).toBe(false);
  });
});
