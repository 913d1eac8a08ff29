// A seeded pseudo-random generator for the synthetic data set: the same seed gives the same numbers on every
// machine and Node version (Math.random cannot be seeded). sfc32, seeded by hashing the seed text, is small,
// fast in 32-bit JavaScript arithmetic and passes PractRand; nothing here needs cryptographic randomness.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** An unsigned 32-bit integer. */
  uint32(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** exp(N(mu, sigma)). */
  logNormal(mu: number, sigma: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** cyrb128: four 32-bit words from a string, to seed sfc32. */
function hashSeed(text: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** A generator for `seed`; different `stream` names give independent sequences from one seed. */
export function createRandom(seed: string, stream = ""): Random {
  let [a, b, c, d] = hashSeed(`${seed}\u0000${stream}`);
  const uint32 = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up: the first outputs of a freshly seeded sfc32 are weakly mixed.
  for (let i = 0; i < 15; i++) uint32();
  const next = () => uint32() / 4294967296;
  let spare: number | null = null;
  const normal = () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u = 0;
    while (u === 0) u = next();
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    uint32,
    int: (n) => Math.floor(next() * n),
    normal,
    logNormal: (mu, sigma) => Math.exp(mu + sigma * normal()),
    chance: (p) => next() < p,
  };
}

/**
 * Walker/Vose alias table: draws index i with probability weights[i] / sum(weights) in O(1), which keeps a
 * million draws over 5,000 links cheap.
 */
export interface AliasTable {
  size: number;
  sample(random: Random): number;
}

export function createAliasTable(weights: readonly number[]): AliasTable {
  const n = weights.length;
  if (n === 0) throw new Error("createAliasTable: no weights");
  const total = weights.reduce((sum, w) => {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`createAliasTable: weight ${w} is not a finite number >= 0`);
    return sum + w;
  }, 0);
  if (!(total > 0)) throw new Error("createAliasTable: the weights sum to 0");
  const probability = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = weights.map((w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    probability[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of large) probability[i] = 1;
  for (const i of small) probability[i] = 1;
  return {
    size: n,
    sample(random) {
      const u = random.next() * n;
      const i = Math.floor(u);
      return u - i < probability[i]! ? i : alias[i]!;
    },
  };
}

/** A picker over a short list of [value, weight] pairs (cumulative weights, a linear scan per draw). */
export interface Picker<T> {
  pick(random: Random): T;
}

export function createPicker<T>(entries: readonly (readonly [T, number])[]): Picker<T> {
  const values = entries.map(([value]) => value);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, w], i) => {
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`createPicker: weight ${w} is not a finite number >= 0`);
    cumulative[i] = total += w;
  });
  if (!(total > 0)) throw new Error("createPicker: the weights sum to 0");
  const last = values.length - 1;
  return {
    pick(random) {
      const u = random.next() * total;
      for (let i = 0; i < last; i++) if (u < cumulative[i]!) return values[i]!;
      return values[last]!;
    },
  };
}
