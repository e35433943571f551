/**
 * Maps nested by several keys, for what the collectors fold events by (a file, a tier, a
 * template …): each key is looked up on its own, so no key joining them is built for every event,
 * and a string's hash, computed once, serves every map it is looked up in.
 */

/** The map under `key` in `map`, made when absent. */
export function subMap<K, K2, V>(map: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let inner = map.get(key);
  if (inner === undefined) map.set(key, (inner = new Map<K2, V>()));
  return inner;
}
