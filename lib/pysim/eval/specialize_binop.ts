// Models BINARY_OP's adaptive specialization (Python/specialize.c _Py_Specialize_BinaryOp and the
// adaptive counter of Include/internal/pycore_code.h, CPython 3.11-3.14) for `+`, `-` and `*`,
// as far as it can be seen from Python: once a site is specialized for two exact floats
// (BINARY_OP_ADD_FLOAT, _SUBTRACT_FLOAT, _MULTIPLY_FLOAT), 3.12 and 3.13 write the result into an
// operand nobody else holds (DECREF_INPUTS_AND_REUSE_FLOAT), so that operand's id is the result's;
// 3.14 releases both operands before taking the result from the free list
// (_PyFloat_FromDouble_ConsumeInputs), so the result has the id of the last operand freed; 3.11
// makes a new float as the generic path does. A str `+` stored back into the local its left operand
// came from (BINARY_OP_INPLACE_ADD_UNICODE) appends in place on 3.11-3.13. 3.11's sites stay
// generic until their code is quickened (warmup.ts), then specialize at once; a 3.11 miss counts
// down from 53 and sends the site back to its adaptive form (ceval.c's `miss:` label).
import { PyObject, Py_DECREF } from '../objects/object';
import { FloatType, PyFloat, PyFloat_FromDouble } from '../objects/floatobject';
import { LongType } from '../objects/longobject';
import { StrType } from '../objects/unicodeobject';
import type { Operator } from '../parser/ast';
import { type CodeWarmup, isQuickened } from './warmup';

const NONE = 0, FLOAT = 1, INT = 2, STR = 3, INPLACE_STR = 4;
/** What exec returns when the site runs as BINARY_OP_INPLACE_ADD_UNICODE: the caller appends in place. */
export const INPLACE_ADD_UNICODE: unique symbol = Symbol('BINARY_OP_INPLACE_ADD_UNICODE');
/** adaptive_counter_cooldown(): the counter after a successful specialization. */
const COOLDOWN = 52;
/** 3.11's miss_counter_start(): the counter after a successful specialization, counted down by misses. */
const MISS_COUNTER_START_311 = 53;
/** 3.11's adaptive_counter_start(): value 31, backoff 5 (ADAPTIVE_BACKOFF_START), after a deoptimization. */
const ADAPTIVE_BACKOFF_START_311 = 5;
/** MAX_BACKOFF_VALUE: 16 - ADAPTIVE_BACKOFF_BITS. */
const MAX_BACKOFF = 12;

/**
 * Whether the site is BINARY_OP_*_INT and both operands are exact ints: the specialized form
 * runs and nothing about it can be seen, so the caller goes straight to the generic code.
 */
export function isIntSite(site: BinaryOpSite, a: PyObject, b: PyObject): boolean {
  return site.kind === INT && a.ob_type === LongType && b.ob_type === LongType;
}

/** One `+`, `-` or `*` site: what it is specialized for and its adaptive counter. */
export class BinaryOpSite {
  /** What the site is specialized for (NONE, FLOAT, INT, STR, INPLACE_STR); read by isIntSite. */
  kind = NONE;
  /** adaptive_counter_warmup(): value 1, backoff 1 (3.11: 0 once quickened, see the constructor). */
  private counter = 1;
  private backoff = 1;

  /**
   * `floats`: what BINARY_OP_*_FLOAT does ('reuse' 3.12/3.13, 'consume' 3.14, 'none' 3.11: the
   * generic path's new float). `warmup`: the code object's warm-up on 3.11 (null when code is
   * quickened as it is made), which also selects 3.11's counters.
   */
  constructor(private readonly op: Operator, private readonly floats: 'none' | 'reuse' | 'consume', private readonly warmup: CodeWarmup | null = null) {
    if (warmup !== null) this.counter = this.backoff = 0;
  }

  /**
   * Runs the site on `a` and `b` (new references, `a` on the value stack): the float result when
   * the site is (or becomes) BINARY_OP_*_FLOAT, both references consumed; null when the generic
   * path computes it (nothing consumed). `targetIsLeft` (augmented assignment to a local): the
   * local still holds `a`; then INPLACE_ADD_UNICODE may be the answer (nothing consumed either:
   * the caller appends in place).
   */
  exec(a: PyObject, b: PyObject, targetIsLeft = false): PyObject | null | typeof INPLACE_ADD_UNICODE {
    const ta = a.ob_type, tb = b.ob_type;
    const kind = this.kind;
    // the specialized forms while their guards hold (the common case first)
    if (kind === INT) {
      if (ta === LongType && tb === LongType) return null;
    } else if (kind === FLOAT) {
      if (ta === FloatType && tb === FloatType) return this.floats === 'none' ? null : this.floatOp(a as PyFloat, b as PyFloat);
    } else if (kind === STR) {
      if (ta === StrType && tb === StrType) return null;
    } else if (kind === INPLACE_STR) {
      // BINARY_OP_INPLACE_ADD_UNICODE: deoptimizes unless the target local still holds `a`
      if (ta === StrType && tb === StrType && targetIsLeft) return INPLACE_ADD_UNICODE;
    }
    // the generic BINARY_OP (also where a specialized form deoptimizes to)
    if (this.warmup !== null) {
      if (!isQuickened(this.warmup)) return null;
      if (kind !== NONE) {
        // 3.11's miss: the specialized form's counter goes down; at zero, back to BINARY_OP_ADAPTIVE
        if (--this.counter === 0) {
          this.kind = NONE;
          this.backoff = ADAPTIVE_BACKOFF_START_311;
          this.counter = (1 << ADAPTIVE_BACKOFF_START_311) - 1;
        }
        return null;
      }
    }
    if (this.counter > 0) {
      this.counter--;
      return null;
    }
    const k = ta !== tb ? NONE : ta === FloatType ? FLOAT : ta === LongType ? INT : ta === StrType && this.op === 'Add' ? STR : NONE;
    if (k === NONE) {
      // adaptive_counter_backoff
      this.kind = NONE;
      this.backoff = Math.min(this.backoff + 1, MAX_BACKOFF);
      this.counter = (1 << this.backoff) - 1;
      return null;
    }
    this.counter = this.warmup !== null ? MISS_COUNTER_START_311 : COOLDOWN;
    this.backoff = 0;
    // NB_INPLACE_ADD of two str stored back into the local the left one came from
    if (k === STR && targetIsLeft) {
      this.kind = INPLACE_STR;
      return INPLACE_ADD_UNICODE;
    }
    this.kind = k;
    // DISPATCH_SAME_OPARG: the specialized form runs at once
    return k === FLOAT && this.floats !== 'none' ? this.floatOp(a as PyFloat, b as PyFloat) : null;
  }

  /** BINARY_OP_{ADD,SUBTRACT,MULTIPLY}_FLOAT: DECREF_INPUTS_AND_REUSE_FLOAT, or 3.14's ConsumeInputs. */
  private floatOp(a: PyFloat, b: PyFloat): PyObject {
    const op = this.op;
    const v = op === 'Add' ? a.v + b.v : op === 'Sub' ? a.v - b.v : a.v * b.v;
    if (this.floats === 'consume') {
      Py_DECREF(a);
      Py_DECREF(b);
      return PyFloat_FromDouble(v);
    }
    if (a.ob_refcnt === 1) {
      a.v = v;
      Py_DECREF(b);
      return a;
    }
    if (b.ob_refcnt === 1) {
      b.v = v;
      Py_DECREF(a); // _Py_DECREF_NO_DEALLOC: another reference holds it
      return b;
    }
    const r = PyFloat_FromDouble(v);
    Py_DECREF(a);
    Py_DECREF(b);
    return r;
  }
}
