// Models the infinite iterators of Modules/itertoolsmodule.c (CPython 3.11-3.14): count (its fast
// mode and repr), cycle (with the list of what its first pass saw) and repeat (repr, __length_hint__).
import { PyObject, Py_DECREF, RT } from '../objects/object';
import { LongType, PyLong, PyLong_From } from '../objects/longobject';
import { defMethod } from '../objects/methodobject';
import { PyList, PyList_Append, PyList_New } from '../objects/listobject';
import { overflowError, typeError } from '../objects/exceptions';
import { PyObject_GetIter, PyObject_Repr, binaryOp, iterNext, PyNumber_Index } from '../abstract';
import { PyItertool, checkPositional, exact, isNumber, itertoolsType, newItertool, noKeywords, parseArgs, ref, splitArgs } from './itertoolsmodule_type';

// ------------------------------------------------------------------------------------ count

/** itertools.count: long_cnt and long_step (CPython's fast C counter shows the same values). */
export const CountType = itertoolsType('count', {
  fields: ['long_cnt', 'long_step'],
  words: () => 7,
  next: (o) => {
    const cnt = o.f[0]!;
    o.f[0] = binaryOp(cnt, o.f[1]!, 'Add');
    return cnt;
  },
});
CountType.tp_new = (t, args, kw) => {
  exact(t, CountType);
  const [start, step] = parseArgs('count', ['start', 'step'], 0, args, kw);
  const s0 = start ?? PyLong_From(0), s1 = step ?? PyLong_From(1);
  if (!isNumber(s0) || !isNumber(s1)) throw typeError('a number is required');
  // count_new's fast mode: an int start (that fits a Py_ssize_t) and an int step equal to 1 are
  // kept as C integers, so the object holds neither argument and hands out exact ints
  if (s0.ob_type.isSubtype(LongType) && s1.ob_type.isSubtype(LongType) && PyNumber_Index(s1) === 1) {
    const v = PyNumber_Index(s0);
    const max = RT.profile.pointerSize === 8 ? 2n ** 63n - 1n : 2n ** 31n - 1n;
    if (BigInt(v) <= max && BigInt(v) >= -max - 1n) return newItertool(CountType, [PyLong_From(v), PyLong_From(1)]);
  }
  return newItertool(CountType, [ref(s0), ref(s1)]);
};
/** count_repr: `count(start)` while the step is the int 1, else `count(start, step)`. */
CountType.tp_repr = (o) => {
  const [cnt, step] = (o as PyItertool).f;
  const isOne = step!.ob_type === LongType && (step as PyLong).v === 1;
  return isOne ? `count(${PyObject_Repr(cnt!)})` : `count(${PyObject_Repr(cnt!)}, ${PyObject_Repr(step!)})`;
};

// ------------------------------------------------------------------------------------ cycle

/** itertools.cycle: it, saved (a list of what the first pass saw), index, firstpass. */
export const CycleType = itertoolsType('cycle', {
  fields: ['it', 'saved'],
  words: () => 8,
  next: (o) => {
    const saved = o.f[1] as unknown as { items: PyObject[] };
    if (o.f[0] !== null) {
      const item = iterNext(o.f[0]);
      if (item !== null) {
        if (!o.n[1]) listAppend(o.f[1]!, item);
        return item;
      }
      const it = o.f[0];
      o.f[0] = null;
      Py_DECREF(it);
    }
    if (saved.items.length === 0) return null;
    const item = saved.items[o.n[0]];
    o.n[0]++;
    if (o.n[0] >= saved.items.length) o.n[0] = 0;
    return ref(item);
  },
});
CycleType.tp_new = (t, args, kw) => {
  exact(t, CycleType);
  noKeywords('cycle', kw);
  checkPositional('cycle', args.length, 1, 1);
  const it = PyObject_GetIter(args[0]);
  return newItertool(CycleType, [it, newList()], [0, 0]);
};

// ----------------------------------------------------------------------------------- repeat

/** itertools.repeat: element and cnt (-1: forever). */
export const RepeatType = itertoolsType('repeat', {
  fields: ['element'],
  words: () => 6,
  next: (o) => {
    if (o.n[0] === 0) return null;
    if (o.n[0] > 0) o.n[0]--;
    return ref(o.f[0]!);
  },
});
RepeatType.tp_new = (t, args, kw) => {
  exact(t, RepeatType);
  const [pos, kws] = splitArgs(args, kw);
  for (const k of kws.keys()) if (k !== 'object' && k !== 'times') throw typeError(`repeat() got an unexpected keyword argument '${k}'`);
  if (pos.length > 2) throw typeError(`repeat() takes at most 2 arguments (${pos.length} given)`);
  const element = pos[0] ?? kws.get('object');
  if (element === undefined) throw typeError("repeat() missing required argument 'object' (pos 1)");
  const timesO = pos[1] ?? kws.get('times');
  let cnt = -1;
  if (timesO !== undefined) {
    // the "n" format: a Py_ssize_t
    const t = PyNumber_Index(timesO);
    const max = (1n << BigInt(8 * RT.profile.pointerSize - 1)) - 1n;
    if (typeof t === 'bigint' && (t > max || t < -max - 1n)) throw overflowError('Python int too large to convert to C ssize_t');
    cnt = Number(t);
    // "Does user supply times argument?" — a negative count is an empty repeat
    if (cnt < 0) cnt = 0;
  }
  const r = newItertool(RepeatType, [ref(element)], [cnt]);
  r.lengthHint = (self) => (self as PyItertool).n[0];
  return r;
};
RepeatType.tp_repr = (o) => {
  const r = o as PyItertool;
  return r.n[0] === -1 ? `repeat(${PyObject_Repr(r.f[0]!)})` : `repeat(${PyObject_Repr(r.f[0]!)}, ${r.n[0]})`;
};
// repeat_len: the items left, or "len() of unsized object" for an endless repeat
defMethod(RepeatType, '__length_hint__', (self) => {
  const n = (self as PyItertool).n[0];
  if (n === -1) throw typeError('len() of unsized object');
  return PyLong_From(n);
});

/** A new empty list (cycle's `saved`). */
function newList(): PyObject {
  return PyList_New([]);
}

/** PyList_Append of `item` (borrowed) to the list `l`. */
function listAppend(l: PyObject, item: PyObject): void {
  PyList_Append(l as PyList, item);
}
