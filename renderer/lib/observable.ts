// A value that a few small components watch, so a change re-renders them and nothing else.
import { useEffect, useRef, useSyncExternalStore } from 'react';

export interface Observable<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function observable<T>(initial: T): Observable<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useObservable<T>(source: Observable<T>): T {
  return useSyncExternalStore(source.subscribe, source.get);
}

/**
 * Calls `onQuiet` once `source` has not changed for `delayMs`. A panel that follows the draft this
 * way re-renders when its work is done, not on every keystroke as one watching the draft would.
 */
export function useQuietAfter(
  source: Observable<unknown>,
  delayMs: number,
  onQuiet: () => void,
): void {
  const latest = useRef(onQuiet);
  useEffect(() => {
    latest.current = onQuiet;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = source.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), delayMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [source, delayMs]);
}
