// One Tab stop for a group of controls (a toolbar, a list): the arrow keys move between them,
// Home and End go to the ends, and Tab leaves the group from the control last used.
import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

type Orientation = 'horizontal' | 'vertical';

const KEYS: Record<Orientation, { next: string; previous: string }> = {
  horizontal: { next: 'ArrowRight', previous: 'ArrowLeft' },
  vertical: { next: 'ArrowDown', previous: 'ArrowUp' },
};

function itemsOf(group: HTMLElement, selector: string): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(selector)].filter(
    (item) => !(item as HTMLButtonElement).disabled,
  );
}

/**
 * Keeps `tabindex="0"` on one item of `group` (the one last focused, else the first) and -1 on
 * the others, after every render. Returns the group's keydown handler.
 */
export function useRovingFocus(
  group: RefObject<HTMLElement | null>,
  selector: string,
  orientation: Orientation,
  /** Called for Home and End, for a list that renders only some of its items. */
  onEdge?: (edge: 'first' | 'last') => void,
): (event: KeyboardEvent<HTMLElement>) => void {
  const current = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const element = group.current;
    if (!element) return;
    const items = itemsOf(element, selector);
    const chosen = current.current && items.includes(current.current) ? current.current : items[0];
    for (const item of element.querySelectorAll<HTMLElement>(selector)) {
      item.tabIndex = item === chosen ? 0 : -1;
    }
  });

  useLayoutEffect(() => {
    const element = group.current;
    if (!element) return;
    const remember = (event: FocusEvent) => {
      const target = event.target as Node;
      const item = [...element.querySelectorAll<HTMLElement>(selector)].find((candidate) =>
        candidate.contains(target),
      );
      if (!item) return;
      current.current = item;
      for (const other of element.querySelectorAll<HTMLElement>(selector)) {
        other.tabIndex = other === item ? 0 : -1;
      }
    };
    element.addEventListener('focusin', remember);
    return () => element.removeEventListener('focusin', remember);
  }, [group, selector]);

  return (event) => {
    const element = group.current;
    if (!element || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = itemsOf(element, selector);
    const at = items.findIndex((item) => item.contains(document.activeElement));
    if (at < 0) return;
    const keys = KEYS[orientation];
    let next: HTMLElement | undefined;
    if (event.key === keys.next) next = items[Math.min(at + 1, items.length - 1)];
    else if (event.key === keys.previous) next = items[Math.max(at - 1, 0)];
    else if (event.key === 'Home' || event.key === 'End') {
      const edge = event.key === 'Home' ? 'first' : 'last';
      if (onEdge) onEdge(edge);
      else next = edge === 'first' ? items[0] : items.at(-1);
    } else return;
    event.preventDefault();
    next?.focus();
  };
}
