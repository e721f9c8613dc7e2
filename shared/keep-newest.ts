// A map that keeps only its newest entries: what a few caches of the app need, the oldest entry
// forgotten when one more comes in past the limit.

/** Keeps `value` under `key` as the newest entry, forgetting the oldest past `limit`. */
export function keepNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value as K);
}
