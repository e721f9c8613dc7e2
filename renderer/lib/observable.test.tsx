// @vitest-environment happy-dom
// A panel following the draft with useQuietAfter renders once typing pauses, not per keystroke.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observable, useQuietAfter, type Observable } from './observable';

let root: Root | undefined;
let renders = 0;
let checks = 0;

function Panel({ draft }: { draft: Observable<number> }) {
  renders += 1;
  useQuietAfter(draft, 150, () => {
    checks += 1;
  });
  return null;
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.useFakeTimers({ now: 0 });
  renders = 0;
  checks = 0;
});
afterEach(() => {
  act(() => root?.unmount());
  vi.useRealTimers();
});

describe('useQuietAfter', () => {
  it('calls back once the draft stops changing, and never renders the panel for a change', async () => {
    const draft = observable(0);
    root = createRoot(document.createElement('div'));
    act(() => root!.render(<Panel draft={draft} />));
    const rendered = renders;
    // Keystrokes 80 ms apart: no pause long enough yet.
    for (let key = 1; key <= 20; key += 1) {
      draft.set(key);
      await act(() => vi.advanceTimersByTimeAsync(80));
    }
    expect(checks).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(150));
    expect(checks).toBe(1);
    expect(renders).toBe(rendered);
  });

  it('stops listening once the panel closes', async () => {
    const draft = observable(0);
    root = createRoot(document.createElement('div'));
    act(() => root!.render(<Panel draft={draft} />));
    draft.set(1);
    act(() => root!.unmount());
    root = undefined;
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(checks).toBe(0);
  });
});
