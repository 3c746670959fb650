// Models listsort of Objects/listobject.c (CPython 3.11–3.14): timsort with powersort's merge
// policy (found_new_run / powerloop), binary insertion sort for short runs, galloping merges
// (gallop_left, gallop_right, merge_lo, merge_hi, adaptive min_gallop), so `__lt__` is called on
// the same pairs in the same order as in CPython. count_run is 3.11/3.12's (a strictly descending
// or non-descending run) or 3.13's (descending runs may hold equal elements, reversed in place).
import { PyObject } from './object';

/** MIN_GALLOP: the initial threshold for entering galloping mode. */
const MIN_GALLOP = 7;

/** ISLT: `a < b` for two keys (may throw). */
export type Less = (a: PyObject, b: PyObject) => boolean;

/**
 * Sorts `keys` ascending, applying every move to `values` too when given (the items sorted by
 * their keys); both arrays are permuted in place. `newCountRun` selects 3.13's count_run.
 */
export function listsort(keys: PyObject[], values: PyObject[] | null, lt: Less, newCountRun: boolean): void {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState(keys, values, lt);
  let lo = 0;
  let nremaining = n;
  const minrun = merge_compute_minrun(nremaining);
  do {
    let run = newCountRun ? count_run_313(ms, lo, nremaining) : count_run_312(ms, lo, nremaining);
    // if short, extend to min(minrun, nremaining) with binary insertion
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarysort(ms, lo, force, run);
      run = force;
    }
    found_new_run(ms, run);
    ms.pending.push({ base: lo, len: run, power: 0 });
    lo += run;
    nremaining -= run;
  } while (nremaining);
  merge_force_collapse(ms);
}

interface Run { base: number; len: number; power: number }

/** MergeState: the arrays being sorted, the pending runs and min_gallop. */
class MergeState {
  pending: Run[] = [];
  min_gallop = MIN_GALLOP;
  constructor(public keys: PyObject[], public values: PyObject[] | null, public lt: Less) {}
  /** Swaps positions i and j of the keys (and values). */
  swap(i: number, j: number): void {
    const k = this.keys;
    [k[i], k[j]] = [k[j], k[i]];
    if (this.values) {
      const v = this.values;
      [v[i], v[j]] = [v[j], v[i]];
    }
  }
  /** sortslice_reverse of [lo, lo + n). */
  reverse(lo: number, n: number): void {
    for (let i = lo, j = lo + n - 1; i < j; i++, j--) this.swap(i, j);
  }
}

/** merge_compute_minrun: n itself below 64, else a number in [32, 64] such that n/minrun is a power of 2 or close. */
function merge_compute_minrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** count_run of 3.11/3.12: the length of the run at lo (a strictly descending one is reversed). */
function count_run_312(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.keys, lt = ms.lt;
  if (nremaining === 1) return 1;
  let n = 2;
  let i = lo + 1;
  const hi = lo + nremaining;
  if (lt(a[i], a[i - 1])) {
    for (i = i + 1; i < hi; ++i, ++n) if (!lt(a[i], a[i - 1])) break;
    ms.reverse(lo, n);
  } else {
    for (i = i + 1; i < hi; ++i, ++n) if (lt(a[i], a[i - 1])) break;
  }
  return n;
}

/**
 * count_run of 3.13+: an ascending run, or a descending run whose stretches of equal elements
 * are reversed in place (so the whole run can be reversed stably), extended by an ascending tail.
 */
function count_run_313(ms: MergeState, lo: number, nremaining: number): number {
  const a = ms.keys, lt = ms.lt;
  let n: number;
  // IF_NEXT_SMALLER: a[lo+n] < a[lo+n-1]; IF_NEXT_LARGER: a[lo+n-1] < a[lo+n]
  for (n = 1; n < nremaining; ++n) if (lt(a[lo + n], a[lo + n - 1])) break;
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(a[lo], a[lo + n - 1])) return n;
    // all equal so far, then strictly less: a descending run with a head of equal elements
    ms.reverse(lo, n);
  }
  ++n;
  let neq = 0;
  const reverseLastNeq = () => {
    if (neq) {
      ++neq;
      ms.reverse(lo + n - neq, neq);
      neq = 0;
    }
  };
  for (; n < nremaining; ++n) {
    if (lt(a[lo + n], a[lo + n - 1])) reverseLastNeq();
    else if (lt(a[lo + n - 1], a[lo + n])) break;
    else ++neq;
  }
  reverseLastNeq();
  ms.reverse(lo, n);
  for (; n < nremaining; ++n) if (lt(a[lo + n], a[lo + n - 1])) break;
  return n;
}

/** binarysort: a[lo, lo+ok) is sorted; insert each of a[lo+ok, lo+n) at its place (found by binary search). */
function binarysort(ms: MergeState, lo: number, n: number, ok: number): void {
  const a = ms.keys, v = ms.values, lt = ms.lt;
  if (!ok) ++ok;
  for (; ok < n; ++ok) {
    let L = 0, R = ok;
    const pivot = a[lo + ok];
    do {
      const M = (L + R) >> 1;
      if (lt(pivot, a[lo + M])) R = M;
      else L = M + 1;
    } while (L < R);
    // slide a[L:ok] right one slot and put the pivot at L
    a.splice(lo + ok, 1);
    a.splice(lo + L, 0, pivot);
    if (v) {
      const pv = v[lo + ok];
      v.splice(lo + ok, 1);
      v.splice(lo + L, 0, pv);
    }
  }
}

/** powerloop: the powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2) of a list of n. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: merges pending runs whose power exceeds the new boundary's (powersort's policy). */
function found_new_run(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (!p.length) return;
  const last = p[p.length - 1];
  const power = powerloop(last.base, last.len, n2, ms.keys.length);
  while (p.length > 1 && p[p.length - 2].power > power) merge_at(ms, p.length - 2);
  p[p.length - 1].power = power;
}

/** merge_force_collapse: merges all pending runs, preferring the smaller neighbour. */
function merge_force_collapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    merge_at(ms, n);
  }
}

/**
 * gallop_left: the index in a[base, base+n) where `key` belongs, leftmost among equals
 * (a[k-1] < key <= a[k]), galloping from `hint`.
 */
function gallop_left(ms: MergeState, key: PyObject, base: number, n: number, hint: number): number {
  const a = ms.keys, lt = ms.lt;
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: like gallop_left, rightmost among equals (a[k-1] <= key < a[k]); `a` may be the temp array. */
function gallop_right(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const lt = ms.lt;
  let lastofs = 0, ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** gallop_left over an arbitrary array (the temp copy in merge_hi). */
function gallop_left_in(ms: MergeState, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  const saved = ms.keys;
  ms.keys = a;
  try {
    return gallop_left(ms, key, base, n, hint);
  } finally {
    ms.keys = saved;
  }
}

/** merge_at: merges the pending runs i and i+1 (trimming what is already in place, then merge_lo or merge_hi). */
function merge_at(ms: MergeState, i: number): void {
  const p = ms.pending;
  let baseA = p[i].base, na = p[i].len;
  const baseB = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  p.splice(i + 1, 1);
  // where does b start in a? elements of a before that are already in place
  const k = gallop_right(ms, ms.keys[baseB], ms.keys, baseA, na, 0);
  baseA += k;
  na -= k;
  if (na === 0) return;
  // where does a end in b? elements of b after that are already in place
  nb = gallop_left(ms, ms.keys[baseA + na - 1], baseB, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) merge_lo(ms, baseA, na, baseB, nb);
  else merge_hi(ms, baseA, na, baseB, nb);
}

/** A view of a slice: keys and values arrays with an index into both. */
interface Slice { k: PyObject[]; v: PyObject[] | null; i: number }

/** dest[di] = src[si] for keys and values. */
function put(dest: Slice, di: number, src: Slice, si: number): void {
  dest.k[dest.i + di] = src.k[src.i + si];
  if (dest.v && src.v) dest.v[dest.i + di] = src.v[src.i + si];
}
/** Copies n entries src[si..] to dest[di..] (as memmove: correct for overlapping ranges). */
function move(dest: Slice, di: number, src: Slice, si: number, n: number): void {
  const tk = src.k.slice(src.i + si, src.i + si + n);
  const tv = src.v ? src.v.slice(src.i + si, src.i + si + n) : null;
  for (let j = 0; j < n; j++) {
    dest.k[dest.i + di + j] = tk[j];
    if (dest.v && tv) dest.v[dest.i + di + j] = tv[j];
  }
}

/** merge_lo: merges a[baseA, +na) and the following b[baseB, +nb) when na <= nb, with a copied to a temp array. */
function merge_lo(ms: MergeState, baseA: number, na: number, baseB: number, nb: number): void {
  const lt = ms.lt;
  const dest: Slice = { k: ms.keys, v: ms.values, i: baseA };
  const ssa: Slice = { k: ms.keys.slice(baseA, baseA + na), v: ms.values ? ms.values.slice(baseA, baseA + na) : null, i: 0 };
  const ssb: Slice = { k: ms.keys, v: ms.values, i: baseB };
  const copyIncr = (src: Slice) => {
    put(dest, 0, src, 0);
    dest.i++;
    src.i++;
  };
  try {
    copyIncr(ssb);
    --nb;
    if (nb === 0) return;
    if (na === 1) return copyB();
    let min_gallop = ms.min_gallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(ssb.k[ssb.i], ssa.k[ssa.i])) {
          copyIncr(ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 0) return;
          if (bcount >= min_gallop) break;
        } else {
          copyIncr(ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na === 1) return copyB();
          if (acount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1 ? 1 : 0;
        ms.min_gallop = min_gallop;
        let k = gallop_right(ms, ssb.k[ssb.i], ssa.k, ssa.i, na, 0);
        acount = k;
        if (k) {
          move(dest, 0, ssa, 0, k);
          dest.i += k;
          ssa.i += k;
          na -= k;
          if (na === 1) return copyB();
          if (na === 0) return;
        }
        copyIncr(ssb);
        --nb;
        if (nb === 0) return;
        k = gallop_left_in(ms, ssa.k[ssa.i], ssb.k, ssb.i, nb, 0);
        bcount = k;
        if (k) {
          move(dest, 0, ssb, 0, k);
          dest.i += k;
          ssb.i += k;
          nb -= k;
          if (nb === 0) return;
        }
        copyIncr(ssa);
        --na;
        if (na === 1) return copyB();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      ms.min_gallop = min_gallop;
    }
  } finally {
    // Succeed / Fail: what is left of a goes to dest (CopyB set na to 0 when done)
    if (na) move(dest, 0, ssa, 0, na);
  }
  /** CopyB: the last element of a belongs at the end of the merge. */
  function copyB(): void {
    move(dest, 0, ssb, 0, nb);
    put(dest, nb, ssa, 0);
    na = 0;
  }
}

/** merge_hi: merges a[baseA, +na) and the following b[baseB, +nb) when na > nb, from the right, with b copied to a temp array. */
function merge_hi(ms: MergeState, baseA: number, na: number, baseB: number, nb: number): void {
  const lt = ms.lt;
  const tmpK = ms.keys.slice(baseB, baseB + nb);
  const tmpV = ms.values ? ms.values.slice(baseB, baseB + nb) : null;
  const dest: Slice = { k: ms.keys, v: ms.values, i: baseB + nb - 1 };
  const basea: Slice = { k: ms.keys, v: ms.values, i: baseA };
  const baseb: Slice = { k: tmpK, v: tmpV, i: 0 };
  const ssb: Slice = { k: tmpK, v: tmpV, i: nb - 1 };
  const ssa: Slice = { k: ms.keys, v: ms.values, i: baseA + na - 1 };
  const copyDecr = (src: Slice) => {
    put(dest, 0, src, 0);
    dest.i--;
    src.i--;
  };
  try {
    copyDecr(ssa);
    --na;
    if (na === 0) return;
    if (nb === 1) return copyA();
    let min_gallop = ms.min_gallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(ssb.k[ssb.i], ssa.k[ssa.i])) {
          copyDecr(ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na === 0) return;
          if (acount >= min_gallop) break;
        } else {
          copyDecr(ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb === 1) return copyA();
          if (bcount >= min_gallop) break;
        }
      }
      ++min_gallop;
      do {
        min_gallop -= min_gallop > 1 ? 1 : 0;
        ms.min_gallop = min_gallop;
        let k = gallop_right(ms, ssb.k[ssb.i], basea.k, basea.i, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest.i -= k;
          ssa.i -= k;
          move(dest, 1, ssa, 1, k);
          na -= k;
          if (na === 0) return;
        }
        copyDecr(ssb);
        --nb;
        if (nb === 1) return copyA();
        k = gallop_left_in(ms, ssa.k[ssa.i], baseb.k, baseb.i, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest.i -= k;
          ssb.i -= k;
          move(dest, 1, ssb, 1, k);
          nb -= k;
          if (nb === 1) return copyA();
          if (nb === 0) return;
        }
        copyDecr(ssa);
        --na;
        if (na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++min_gallop;
      ms.min_gallop = min_gallop;
    }
  } finally {
    // Succeed / Fail: what is left of b goes to dest (CopyA set nb to 0 when done)
    if (nb) move(dest, -(nb - 1), baseb, 0, nb);
  }
  /** CopyA: the first element of b belongs at the front of the merge. */
  function copyA(): void {
    move(dest, 1 - na, ssa, 1 - na, na);
    dest.i -= na;
    ssa.i -= na;
    put(dest, 0, ssb, 0);
    nb = 0;
  }
}
