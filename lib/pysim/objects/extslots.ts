// Models the PySequenceMethods / PyMappingMethods / PyNumberMethods slots (Include/cpython/object.h)
// of the builtin types that live outside abstract.ts's own type switch: the C types of extension
// modules (Modules/_collectionsmodule.c's deque and defaultdict). abstract.ts consults them after its
// fast paths, where CPython would call the type's slot; a heap subclass inherits them from its base.
import type { PyObject, PyType } from './object';

/** The C slots of one builtin type; each absent slot is NULL. Results are new references. */
export interface ExtSlots {
  /** sq_length. */
  sq_length?: (o: PyObject) => number;
  /** mp_subscript (or sq_item behind PySequence_GetItem): `o[key]`. */
  mp_subscript?: (o: PyObject, key: PyObject) => PyObject;
  /** mp_ass_subscript: `o[key] = v`, or `del o[key]` when `v` is null. */
  mp_ass_subscript?: (o: PyObject, key: PyObject, v: PyObject | null) => void;
  /** sq_contains. */
  sq_contains?: (o: PyObject, item: PyObject) => boolean;
  /** sq_concat: `a + b` with `a` of this type (after the number slots declined). */
  sq_concat?: (a: PyObject, b: PyObject) => PyObject;
  /** sq_repeat: `a * n` or `n * a`, `a` of this type. */
  sq_repeat?: (a: PyObject, n: number) => PyObject;
  /** sq_inplace_concat: `a += b`. */
  sq_inplace_concat?: (a: PyObject, b: PyObject) => PyObject;
  /** sq_inplace_repeat: `a *= n`. */
  sq_inplace_repeat?: (a: PyObject, n: number) => PyObject;
  /** nb_or, tried before the base dict's `|`: NotImplemented (null here) lets the next operand try. */
  nb_or?: (a: PyObject, b: PyObject) => PyObject | null;
  /** nb_inplace_or, before the base dict's `|=` (OrderedDict's goes through its own __setitem__). */
  nb_inplace_or?: (a: PyObject, b: PyObject) => PyObject;
  /** dict_subscript's `__missing__` of a dict subclass written in C (defaultdict). */
  mp_missing?: (o: PyObject, key: PyObject) => PyObject;
  /**
   * What the type's tp_dealloc frees after its tp_clear (deque_dealloc's last block and spare
   * blocks), run by subtype_dealloc for an instance of a class derived from it.
   */
  dealloc_tail?: (o: PyObject) => void;
  /** What a C subclass of dict visits before the dict's entries (defaultdict: its class, its factory). */
  traverse_head?: (o: PyObject, visit: (c: PyObject, label: string) => void) => void;
}

const table = new Map<PyType, ExtSlots>();
/** Bumped by every setExtSlots: the answers types keep (see extSlotsOf) are then stale. */
let epoch = 0;

/** Gives builtin type `t` (and the classes derived from it) the C slots `slots`. */
export function setExtSlots(t: PyType, slots: ExtSlots): void {
  table.set(t, slots);
  epoch++;
}

/**
 * The C slots `t` has from a builtin base registered with setExtSlots, or null. Asked on the
 * number and mapping paths of every operation, so the answer is kept on the type until its MRO
 * is replaced (a `__bases__` assignment) or another type registers slots.
 */
export function extSlotsOf(t: PyType): ExtSlots | null {
  const mro = t.mro;
  if (t.extSlotsEpoch === epoch && t.extSlotsMro === mro) return t.extSlotsCache as ExtSlots | null;
  let found: ExtSlots | null = null;
  for (let i = 0; i < mro.length; i++) {
    const s = table.get(mro[i]);
    if (s !== undefined) {
      found = s;
      break;
    }
  }
  t.extSlotsCache = found;
  t.extSlotsMro = mro;
  t.extSlotsEpoch = epoch;
  return found;
}
