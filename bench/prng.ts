/**
 * A small seeded PRNG for the benchmark corpus: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator), seeded through splitmix32 from a string. The same seed always gives
 * the same corpus, byte for byte; Math.random is never used.
 */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a string: turns any seed text into 32 bits. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const HEX = '0123456789abcdef';
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    const mix = splitmix32(hashString(seed));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A derived, independent generator: `rng.fork('recipe/gitea')`. */
  fork(label: string): Rng {
    return new Rng(`${this.next()}:${label}`);
  }

  /** 32 random bits as an unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** [0, 1). */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)];
  }

  /** Picks by weight: `weights[i]` is the relative weight of `list[i]`. */
  weighted<T>(list: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < list.length; i++) {
      x -= weights[i];
      if (x < 0) return list[i];
    }
    return list[list.length - 1];
  }

  hex(n: number): string {
    let s = '';
    while (s.length < n) {
      let v = this.next();
      for (let i = 0; i < 8 && s.length < n; i++) {
        s += HEX[v & 15];
        v >>>= 4;
      }
    }
    return s;
  }

  /** Lowercase letters and digits, as docker task ids are. */
  alnum(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += ALNUM[this.int(ALNUM.length)];
    return s;
  }

  digits(n: number): string {
    return String(this.int(10 ** n)).padStart(n, '0');
  }
}
