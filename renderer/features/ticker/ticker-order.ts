// Pure list operations behind the ticker view: reordering (drag, keys, buttons), the one breaking
// item, and the order the published page shows.
import { publishedOrder, type TickerItem } from '../../../shared/ticker';

/** Moves the entry at `from` to `to` (both clamped); the same array back when nothing moves. */
export function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  const last = items.length - 1;
  const target = Math.max(0, Math.min(last, to));
  if (from < 0 || from > last || from === target) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/** Moves the entry with `id` by `by` places (negative is up). */
export function moveById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  by: number,
): readonly T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from === -1) return items;
  return moveItem(items, from, from + by);
}

/** Marks `id` breaking (or not); marking one unmarks every other, as only one may be breaking. */
export function setBreaking(
  items: readonly TickerItem[],
  id: string,
  breaking: boolean,
): TickerItem[] {
  return items.map((item) => {
    const next = item.id === id ? breaking : breaking ? false : item.breaking;
    return next === item.breaking ? item : { ...item, breaking: next };
  });
}

/** The ticker as one line of plain text, in the seed page's shape: `One | Two | Three |`. */
export function tickerLine(items: readonly TickerItem[]): string {
  return publishedOrder(items)
    .map((item) => `${item.text.trim()} |`)
    .join(' ');
}
