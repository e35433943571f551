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

/**
 * Values by a pair of strings (a run and a recipe; a file and a tier), each made when first asked
 * for, at most `limit` of them. The pair asked for last is kept at hand: events come file by file,
 * so the next one mostly asks for the same pair and costs two comparisons.
 */
export class PairIndex<V> {
  private readonly byFirst = new Map<string, Map<string, V>>();
  private made = 0;
  private last?: { a: string; b: string; value: V };

  constructor(private readonly make: () => V, private readonly limit = Number.POSITIVE_INFINITY) {}

  /** The value of the pair, made when absent; undefined when absent and `limit` values were made. */
  get(a: string, b: string): V | undefined {
    return this.lookup(a, b, true);
  }

  /** The value of the pair if one was made; never makes one. */
  peek(a: string, b: string): V | undefined {
    return this.lookup(a, b, false);
  }

  /** Every value made, pair by pair in the order their first key was first asked for. */
  *values(): IterableIterator<V> {
    for (const inner of this.byFirst.values()) yield* inner.values();
  }

  private lookup(a: string, b: string, make: boolean): V | undefined {
    const last = this.last;
    if (last !== undefined && last.a === a && last.b === b) return last.value;
    let value = this.byFirst.get(a)?.get(b);
    if (value === undefined) {
      if (!make || this.made >= this.limit) return undefined;
      subMap(this.byFirst, a).set(b, (value = this.make()));
      this.made += 1;
    }
    this.last = { a, b, value };
    return value;
  }
}

/**
 * Entries by a place of three strings (a unit, a file and a tier; a stack, a service and a slot),
 * then a key of their own (a template). The place asked for last is kept at hand: a log is read
 * file by file, so the next event's place is mostly the same and costs three comparisons.
 */
export class PlaceIndex<V> {
  private readonly places = new Map<string, Map<string, Map<string, Map<string, V>>>>();
  private last?: { a: string; b: string; c: string; entries: Map<string, V> };

  get(a: string, b: string, c: string, key: string): V | undefined {
    return this.entriesAt(a, b, c, false)?.get(key);
  }

  set(a: string, b: string, c: string, key: string, value: V): void {
    this.entriesAt(a, b, c, true)!.set(key, value);
  }

  /** The entries of a place; made when absent and `make`, so a place is only made for an entry. */
  private entriesAt(a: string, b: string, c: string, make: boolean): Map<string, V> | undefined {
    const last = this.last;
    if (last !== undefined && last.a === a && last.b === b && last.c === c) return last.entries;
    const entries = make ? subMap(subMap(subMap(this.places, a), b), c) : this.places.get(a)?.get(b)?.get(c);
    if (entries) this.last = { a, b, c, entries };
    return entries;
  }
}
