// Models Modules/_collectionsmodule.c (CPython 3.11-3.14): the deque type's methods and slots
// (deque_methods, deque_as_sequence, deque_as_number, deque_richcompare, deque_repr, deque_reduce,
// deque_copy, deque_inplace_repeat) and its two iterators (dequeiter_new, dequereviter_new). The
// block structure itself is in _collectionsmodule.ts.
import { PyObject, PyObject_Init, Py_DECREF, Py_NewRef, RT, _PyObject_GC_TRACK, onVersionSwitch } from '../objects/object';
import { None, NotImplemented } from '../objects/singletons';
import { PyBool, PyLong_From } from '../objects/longobject';
import { EmptyTuple, PyTuple_New } from '../objects/tupleobject';
import { PySequence_List } from '../objects/typemethods';
import { defGetSet, defMethod } from '../objects/methodobject';
import { PyJsIter, iterType } from '../objects/iterobject';
import { indexError, runtimeError, typeError, valueError } from '../objects/exceptions';
import { setExtSlots } from '../objects/extslots';
import { defClassGetItem } from '../objects/genericaliasobject';
import { object_getstate } from '../objects/reduce';
import { pointerFieldsSize, sizeofGCHead } from '../objects/layout';
import {
  PyIndex_Check, PyObject_GetItem, PyObject_GetIter, PyObject_HashNotImplemented, PyObject_Repr, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_SetItem,
  PyObject_Size, PySequence_Contains, asIndex, callBaseSlot, callObject, iterNext, withReprGuard,
} from '../abstract';
import { PyUnicode_From } from '../objects/unicodeobject';
import {
  BLOCKLEN, DequeType, PyDeque, _deque_rotate, deque_append_internal, deque_appendleft_internal, deque_ass_item, deque_clear, deque_contains,
  deque_count, deque_dealloc_blocks, deque_del_item, newblock, deque_extend, deque_extendleft, deque_init, deque_item, deque_new, deque_pop, deque_popleft, dequeScan, deque_sizeof,
} from './_collectionsmodule';

const D = (o: PyObject | null) => o as PyDeque;

/**
 * The arity error of a deque method: METH_O / METH_NOARGS ("deque.append() takes exactly one
 * argument"), or the positional parsing of index/insert/rotate, _PyArg_ParseStack's wording up to
 * 3.12 ("index() takes at most 3 arguments (4 given)") and Argument Clinic's from 3.13
 * ("index expected at most 3 arguments, got 4").
 */
function arity(name: string, args: PyObject[], min: number, max: number, meth = false): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (meth) {
    if (max === 0) throw typeError(`deque.${name}() takes no arguments (${n} given)`);
    throw typeError(`deque.${name}() takes exactly one argument (${n} given)`);
  }
  const lim = n < min ? min : max;
  const s = lim === 1 ? '' : 's';
  if (RT.profile.versionInfo[1] >= 13) {
    throw typeError(`${name} expected ${min === max ? '' : n < min ? 'at least ' : 'at most '}${lim} argument${s}, got ${n}`);
  }
  throw typeError(`${name}() takes ${min === max ? 'exactly' : n < min ? 'at least' : 'at most'} ${lim} argument${s} (${n} given)`);
}

/** A method taking one argument (METH_O). */
function methO(name: string, f: (d: PyDeque, x: PyObject) => PyObject): void {
  defMethod(DequeType, name, (self, args) => {
    arity(name, args, 1, 1, true);
    return f(D(self), args[0]);
  });
}
/** A method taking none (METH_NOARGS). */
function methNoArgs(name: string, f: (d: PyDeque) => PyObject): void {
  defMethod(DequeType, name, (self, args) => {
    arity(name, args, 0, 0, true);
    return f(D(self));
  });
}

methO('append', (d, x) => {
  x.ob_refcnt++;
  deque_append_internal(d, x, d.maxlen);
  return None;
});
methO('appendleft', (d, x) => {
  x.ob_refcnt++;
  deque_appendleft_internal(d, x, d.maxlen);
  return None;
});
methNoArgs('pop', deque_pop);
methNoArgs('popleft', deque_popleft);
methO('extend', (d, x) => {
  deque_extend(d, x);
  return None;
});
methO('extendleft', (d, x) => {
  deque_extendleft(d, x);
  return None;
});
methNoArgs('clear', (d) => {
  deque_clear(d);
  return None;
});
methNoArgs('copy', (d) => deque_copy(d));
methNoArgs('__copy__', (d) => deque_copy(d));
methO('count', (d, x) => PyLong_From(deque_count(d, x)));
methNoArgs('reverse', (d) => {
  // deque_reverse swaps the pointers in place: the indices and the state stay
  d.items.reverse();
  return None;
});
defMethod(DequeType, 'rotate', (self, args) => {
  arity('rotate', args, 0, 1);
  _deque_rotate(D(self), args.length ? asIndex(args[0]) : 1);
  return None;
});

/** _PyEval_SliceIndexNotNone: an index for deque.index's start and stop. */
function sliceIndex(o: PyObject): number {
  if (!PyIndex_Check(o)) throw typeError('slice indices must be integers or have an __index__ method');
  return asIndex(o);
}
defMethod(DequeType, 'index', (self, args) => {
  arity('index', args, 1, 3);
  const d = D(self), n = d.items.length, v = args[0];
  let start = args.length > 1 ? sliceIndex(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndex(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  const i = dequeScan(d, start, stop, (x) => PyObject_RichCompareBool(x, v, 'Eq'), () => runtimeError('deque mutated during iteration'), false);
  if (i < 0) throw valueError(RT.profile.versionInfo[1] >= 14 ? 'deque.index(x): x not in deque' : `${PyObject_Repr(v)} is not in deque`);
  return PyLong_From(i);
});
defMethod(DequeType, 'insert', (self, args) => {
  arity('insert', args, 2, 2);
  const d = D(self), n = d.items.length;
  const index = asIndex(args[0]), value = args[1];
  if (d.maxlen === n) throw indexError('deque already at its maximum size');
  value.ob_refcnt++;
  if (index >= n) deque_append_internal(d, value, d.maxlen);
  else if (index <= -n || index === 0) deque_appendleft_internal(d, value, d.maxlen);
  else {
    _deque_rotate(d, -index);
    if (index < 0) deque_append_internal(d, value, d.maxlen);
    else deque_appendleft_internal(d, value, d.maxlen);
    _deque_rotate(d, index);
  }
  return None;
});
methO('remove', (d, v) => {
  const i = dequeScan(d, 0, d.items.length, (x) => PyObject_RichCompareBool(x, v, 'Eq'), () => indexError('deque mutated during remove().'));
  // 3.14 words it without the value's repr
  if (i < 0) throw valueError(RT.profile.versionInfo[1] >= 14 ? 'deque.remove(x): x not in deque' : `${PyObject_Repr(v)} is not in deque`);
  deque_del_item(d, i);
  return None;
});
methNoArgs('__reversed__', (d) => dequeIterNew(d, true));
methNoArgs('__sizeof__', (d) => PyLong_From(deque_sizeof(d)));
defMethod(DequeType, '__init__', (self, args, kw) => {
  deque_init(D(self), args, kw);
  return None;
});
defGetSet(DequeType, 'maxlen', (o) => (D(o).maxlen < 0 ? None : PyLong_From(D(o).maxlen)));
defClassGetItem(DequeType);
DequeType.methods.set('__hash__', None);
DequeType.tp_hash = PyObject_HashNotImplemented;

/** deque_new + deque_init: `deque(iterable, maxlen)`; a class with its own __init__ initialises it there. */
DequeType.tp_new = (t, args, kw) => {
  const d = deque_new(t);
  if (t.heap && t.heapInit !== null) return d;
  try {
    deque_init(d, args, kw);
  } catch (e) {
    Py_DECREF(d);
    throw e;
  }
  return d;
};

/**
 * deque_copy: a new deque of the exact type holding the same items (one append for one item, else
 * deque_extend); for a subclass, the class called with the deque (and its maxlen).
 */
export function deque_copy(d: PyDeque): PyObject {
  if (d.ob_type === DequeType) {
    const n = deque_new(DequeType);
    n.maxlen = d.maxlen;
    try {
      if (d.items.length === 1) {
        const item = d.items[0];
        item.ob_refcnt++;
        deque_append_internal(n, item, n.maxlen);
      } else deque_extend(n, d);
    } catch (e) {
      Py_DECREF(n);
      throw e;
    }
    return n;
  }
  const args = d.maxlen < 0 ? [d] : [d, PyLong_From(d.maxlen)];
  let r: PyObject;
  try {
    r = callObject(d.ob_type, args, null);
  } finally {
    if (args.length > 1) Py_DECREF(args[1]);
  }
  if (!r.ob_type.isSubtype(DequeType)) {
    const n = r.ob_type.tp_name;
    Py_DECREF(r);
    throw typeError(`${d.ob_type.tp_name}() must return a deque, not ${n}`);
  }
  return r;
}

/** deque_inplace_repeat: `d *= n` (one item repeated block by block, else extends with a list of the items). */
function deque_inplace_repeat(o: PyObject, n: number): PyObject {
  const d = D(o);
  const size = d.items.length;
  if (size === 0 || n === 1) return Py_NewRef(d);
  if (n <= 0) {
    deque_clear(d);
    return Py_NewRef(d);
  }
  if (size === 1) {
    const item = d.items[0];
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    d.state++;
    for (let i = 0; i < n - 1;) {
      if (d.rightindex === BLOCKLEN - 1) {
        d.blocks.push(newblock(d));
        d.rightindex = -1;
      }
      let m = n - 1 - i;
      if (m > BLOCKLEN - 1 - d.rightindex) m = BLOCKLEN - 1 - d.rightindex;
      i += m;
      while (m--) {
        d.rightindex++;
        item.ob_refcnt++;
        d.items.push(item);
      }
    }
    return Py_NewRef(d);
  }
  const seq = PySequence_List(d);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let i = 0; i < n - 1; i++) deque_extend(d, seq);
  } finally {
    Py_DECREF(seq);
  }
  return Py_NewRef(d);
}

/** deque_concat: `d + other` for another deque: a copy extended with it. */
function deque_concat(o: PyObject, other: PyObject): PyObject {
  if (!other.ob_type.isSubtype(DequeType)) throw typeError(`can only concatenate deque (not "${other.ob_type.tp_name}") to deque`);
  const n = deque_copy(D(o));
  try {
    deque_extend(D(n), other);
  } catch (e) {
    Py_DECREF(n);
    throw e;
  }
  return n;
}

/** deque_repeat: `d * n`, a copy repeated in place. */
function sq_repeat(o: PyObject, n: number): PyObject {
  const c = deque_copy(D(o));
  try {
    return deque_inplace_repeat(c, n);
  } finally {
    Py_DECREF(c);
  }
}

setExtSlots(DequeType, {
  sq_length: (o) => D(o).items.length,
  sq_contains: deque_contains,
  // deque_as_sequence has sq_item / sq_ass_item only: the key goes through PyNumber_AsSsize_t
  mp_subscript: (o, key) => {
    if (!PyIndex_Check(key)) throw typeError(`sequence index must be integer, not '${key.ob_type.tp_name}'`);
    let i = asIndex(key);
    if (i < 0) i += D(o).items.length;
    return deque_item(D(o), i);
  },
  mp_ass_subscript: (o, key, v) => {
    if (!PyIndex_Check(key)) throw typeError(`sequence index must be integer, not '${key.ob_type.tp_name}'`);
    let i = asIndex(key);
    if (i < 0) i += D(o).items.length;
    deque_ass_item(D(o), i, v);
  },
  sq_concat: deque_concat,
  sq_repeat,
  sq_inplace_concat: (o, other) => {
    deque_extend(D(o), other);
    return Py_NewRef(o);
  },
  sq_inplace_repeat: deque_inplace_repeat,
  dealloc_tail: deque_dealloc_blocks,
});

/** deque_repr: `deque([...])`, `deque([...], maxlen=n)`, `[...]` when it contains itself. */
DequeType.tp_repr = (o) => withReprGuard(o, () => {
  const aslist = PySequence_List(o);
  try {
    const name = o.ob_type.name;
    const d = D(o);
    return d.maxlen >= 0 ? `${name}(${PyObject_Repr(aslist)}, maxlen=${d.maxlen})` : `${name}(${PyObject_Repr(aslist)})`;
  } finally {
    Py_DECREF(aslist);
  }
}, '[...]');

/** deque_richcompare: two deques compare item by item through their iterators; else NotImplemented. */
DequeType.tp_richcompare = (v, w, op) => {
  if (!v.ob_type.isSubtype(DequeType) || !w.ob_type.isSubtype(DequeType)) return Py_NewRef(NotImplemented);
  const vs = D(v).items.length, ws = D(w).items.length;
  if (op === 'Eq') {
    if (v === w) return PyBool(true);
    if (vs !== ws) return PyBool(false);
  }
  if (op === 'NotEq') {
    if (v === w) return PyBool(false);
    if (vs !== ws) return PyBool(true);
  }
  const it1 = dequeIterNew(D(v), false);
  let it2: PyObject | null = null;
  try {
    it2 = dequeIterNew(D(w), false);
    let x: PyObject | null, y: PyObject | null;
    for (;;) {
      x = iterNext(it1);
      y = iterNext(it2);
      if (x === null || y === null) break;
      let b: boolean;
      try {
        b = PyObject_RichCompareBool(x, y, 'Eq');
        if (!b) return PyObject_RichCompare(x, y, op);
      } finally {
        Py_DECREF(x);
        Py_DECREF(y);
      }
    }
    if (x !== null) Py_DECREF(x);
    if (y !== null) Py_DECREF(y);
    switch (op) {
      case 'Lt': return PyBool(y !== null);
      case 'LtE': return PyBool(x === null);
      case 'Eq': return PyBool(x === y);
      case 'NotEq': return PyBool(x !== y);
      case 'Gt': return PyBool(x !== null);
      default: return PyBool(y === null);
    }
  } finally {
    Py_DECREF(it1);
    if (it2 !== null) Py_DECREF(it2);
  }
};

/** deque_reduce: (type, () or ((), maxlen), state, iter(d)), the form copy.py rebuilds a deque from. */
methNoArgs('__reduce__', (d) => {
  const state = object_getstate(d, d.ob_type);
  const it = dequeIterNew(d, false);
  const t = Py_NewRef(d.ob_type);
  const args = d.maxlen < 0 ? EmptyTuple : PyTuple_New([EmptyTuple, PyLong_From(d.maxlen)]);
  return PyTuple_New([t, args, state, it]);
});

/** A deque iterator: the deque (refs[0]), the deque's state when made, the items left (counter). */
class PyDequeIter extends PyJsIter {
  declare dqState: number;
  declare counter: number;
  declare reverse: boolean;
}

/** _collections._deque_iterator (collections._deque_iterator from 3.12). */
export const DequeIterType = iterType('_deque_iterator', 72);
/** _collections._deque_reverse_iterator (collections._deque_reverse_iterator from 3.12). */
export const DequeRevIterType = iterType('_deque_reverse_iterator', 72);
onVersionSwitch((minor) => {
  const mod = minor >= 12 ? 'collections' : '_collections';
  for (const t of [DequeIterType, DequeRevIterType]) {
    t.module = mod;
    t.tpName = `${mod}.${t.name}`;
  }
});

/** dequeiter_next / dequereviter_next: RuntimeError once the deque's indices moved. */
function dequeiter_next(o: PyObject): PyObject | null {
  const it = o as PyDequeIter;
  const d = D(it.refs[0]);
  if (d.state !== it.dqState) {
    it.counter = 0;
    throw runtimeError('deque mutated during iteration');
  }
  if (it.counter === 0) return null;
  const i = it.reverse ? it.counter - 1 : d.items.length - it.counter;
  it.counter--;
  return Py_NewRef(d.items[i]);
}
for (const t of [DequeIterType, DequeRevIterType]) {
  t.tp_iternext = dequeiter_next;
  // dequeiter_len
  defMethod(t, '__length_hint__', (self) => PyLong_From((self as PyDequeIter).counter));
  t.tp_getsizeof = () => sizeofGCHead() + pointerFieldsSize(56);
  // dequeiter_traverse: the class (3.12+, a heap type), then the deque
  t.tp_traverse = (o, visit) => {
    if (RT.profile.versionInfo[1] >= 12) visit(o.ob_type, '__class__');
    const r = (o as PyDequeIter).refs;
    if (r.length) visit(r[0], 'deque');
  };
}

/** dequeiter_new / dequereviter_new: a tracked iterator holding the deque. */
export function dequeIterNew(d: PyDeque, reverse: boolean): PyObject {
  d.ob_refcnt++;
  const it = new PyDequeIter(reverse ? DequeRevIterType : DequeIterType, [d], () => null);
  it.dqState = d.state;
  it.counter = d.items.length;
  it.reverse = reverse;
  it.lengthHint = (x) => (x as PyDequeIter).counter;
  PyObject_Init(it, sizeofGCHead() + pointerFieldsSize(56));
  _PyObject_GC_TRACK(it);
  return it;
}
DequeType.tp_iter = (o) => dequeIterNew(D(o), false);

// the slot wrappers add_operators makes for deque's slots (deque.__len__, d.__getitem__(0)…), each
// running deque's own slot on `self` (callBaseSlot), never a subclass's override that called it
/** Installs the slot wrapper `name` taking `nargs` arguments. */
function slotWrapper(name: string, nargs: number, fn: (self: PyObject, args: PyObject[]) => PyObject): void {
  defMethod(DequeType, name, (self, args) => {
    if (args.length !== nargs) throw typeError(nargs ? `expected ${nargs} argument${nargs === 1 ? '' : 's'}, got ${args.length}` : `expected 0 arguments, got ${args.length}`);
    return callBaseSlot(self!, () => fn(self!, args));
  });
}
slotWrapper('__len__', 0, (self) => PyLong_From(PyObject_Size(self)));
slotWrapper('__getitem__', 1, (self, a) => PyObject_GetItem(self, a[0]));
slotWrapper('__setitem__', 2, (self, a) => {
  PyObject_SetItem(self, a[0], a[1]);
  return None;
});
slotWrapper('__delitem__', 1, (self, a) => {
  PyObject_SetItem(self, a[0], null);
  return None;
});
slotWrapper('__contains__', 1, (self, a) => PyBool(PySequence_Contains(self, a[0])));
slotWrapper('__iter__', 0, (self) => PyObject_GetIter(self));
slotWrapper('__repr__', 0, (self) => PyUnicode_From(PyObject_Repr(self)));
// wrap_binaryfunc over sq_concat, wrap_indexargfunc over sq_repeat (the count through PyNumber_AsSsize_t)
slotWrapper('__add__', 1, (self, a) => deque_concat(self, a[0]));
slotWrapper('__mul__', 1, (self, a) => sq_repeat(self, asIndex(a[0])));
slotWrapper('__rmul__', 1, (self, a) => sq_repeat(self, asIndex(a[0])));
slotWrapper('__iadd__', 1, (self, a) => {
  deque_extend(D(self), a[0]);
  return Py_NewRef(self);
});
slotWrapper('__imul__', 1, (self, a) => deque_inplace_repeat(self, asIndex(a[0])));
for (const [name, op] of [['__eq__', 'Eq'], ['__ne__', 'NotEq'], ['__lt__', 'Lt'], ['__le__', 'LtE'], ['__gt__', 'Gt'], ['__ge__', 'GtE']] as const) {
  slotWrapper(name, 1, (self, a) => DequeType.tp_richcompare!(self, a[0], op));
}
