// Runs one task after React has put the next render on screen: focusing a row that has just been
// added, moved or removed needs the DOM as it will be, not as it was.
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useAfterRender(trigger: unknown): (task: () => void) => void {
  const pending = useRef<(() => void) | undefined>(undefined);
  useLayoutEffect(() => {
    const task = pending.current;
    pending.current = undefined;
    task?.();
  }, [trigger]);
  return useCallback((task: () => void) => {
    pending.current = task;
  }, []);
}

/** Focuses the element of the row for `id` marked `data-focus={key}`, if it can take focus. */
export function focusInRow(root: ParentNode | null, id: string, key: string): boolean {
  const target = root?.querySelector<HTMLElement>(`[data-item-id="${id}"] [data-focus="${key}"]`);
  if (!target || (target as HTMLButtonElement).disabled) return false;
  if (document.activeElement !== target) target.focus();
  return true;
}
