// Models Modules/gcmodule.c (CPython 3.12): the generational cyclic collector. Pass names are
// CPython's: update_refs, subtract_refs, move_unreachable, untrack_tuples, move_legacy_finalizers,
// handle_weakrefs, finalize_garbage, handle_resurrected_objects, delete_garbage.
import { PyObject, PyType, Py_DECREF, RT, gcListHead, _PyObject_GC_UNTRACK, gc_list_is_empty, gc_list_merge, gc_list_move, gc_list_size, isImmortal } from '../objects/object';
import { PyTuple, TupleType, _PyTuple_MaybeUntrack } from '../objects/tupleobject';
import { DictType, PyDict, dictValuesEmbedded, mayBeTracked } from '../objects/dictobject';
import { ListType } from '../objects/listobject';
import { PyInstance, lookupHeap, subtype_traverse } from '../objects/typeobject';
import { gc_collect_incremental, gcObjectsIncremental } from './gc_incremental';
import { GenType, PyGen, _PyGen_Finalize } from '../eval/genobject';

/** Collector state beyond the counts kept in the runtime (GCState). */
export interface GCState {
  longLivedTotal: number;
  longLivedPending: number;
  stats: { collections: number; collected: number; uncollectable: number }[];
  debug: number;
  /** Objects frozen at start-up that gc.unfreeze() releases (3.12: 375 immortal tuples). */
  permanentExtra: number;
  /**
   * Those start-up objects while gc.unfreeze() has left them in the oldest generation: 3.12's
   * update_refs moves an immortal object it meets back to the permanent generation, so the next
   * full collection (or gc.freeze()) returns them there.
   */
  unfrozenImmortals: number;
  /** gc.garbage (owned list), gc.callbacks (owned list) — set by the gc module. */
  garbage: PyObject[];
  callbacks: () => PyObject[];
  invokeCallback: (cb: PyObject, phase: 'start' | 'stop', info: { generation: number; collected: number; uncollectable: number }) => void;
  /** Weakref handling: clears weakrefs to unreachable objects and returns callbacks to run (owned weakrefs). */
  clearWeakrefsForGc: (o: PyObject, unreachable: Set<PyObject>) => PyObject[];
  runWeakrefCallback: (wr: PyObject) => void;
  /** Runs __del__ (tp_finalize) for `o`. */
  finalize: (o: PyObject) => void;
  /** Called on every collection start/stop (trace events). */
  onCollect: ((phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number) => void) | null;
  /** Clears free lists (only a full collection does). */
  clearFreeLists: () => void;
}

/** What one collection did, as the collector's debug hook sees it. */
export interface CollectionReport {
  generation: number;
  collected: number;
  uncollectable: number;
  /** Objects handle_resurrected_objects found reachable again after the finalizers ran. */
  resurrected: number;
  /** gc.collect() (true) or an automatic collection (false). */
  manual: boolean;
}

// heaplab's debug hook (no CPython counterpart; tests only): null by default, and every use is
// guarded by one null check, so it costs nothing when off.
let collectionHook: ((r: CollectionReport) => void) | null = null;
let resurrectedInPass = 0;
let manualCollection = false;

/** Installs (or, with null, removes) a function called after every collection, before the
 *  'stop' gc.callbacks run. Returns the previous hook. */
export function setCollectionHook(h: ((r: CollectionReport) => void) | null): ((r: CollectionReport) => void) | null {
  const prev = collectionHook;
  collectionHook = h;
  return prev;
}

/** DEBUG_SAVEALL. */
export const DEBUG_SAVEALL = 1 << 5;

/** Creates the generation lists in the runtime and a fresh GCState. */
export function initGC(gens: PyObject[]): void {
  gens.length = 0;
  for (let i = 0; i < 4; i++) gens.push(gcListHead());
}

function setGen(h: PyObject, gen: number): void {
  for (let g = h.gc_next!; g !== h; g = g.gc_next!) g.gc_gen = gen;
}

const COLLECTING = 1;
const UNREACHABLE = 2;

/** update_refs: gc_refs = ob_refcnt for every object of the list; marks them as being collected. */
export function update_refs(head: PyObject): void {
  for (let o = head.gc_next!; o !== head; o = o.gc_next!) {
    o.gc_refs = isImmortal(o) ? 1 << 30 : o.ob_refcnt;
    o.gc_flags = COLLECTING;
  }
}

function visit_decref(c: PyObject): void {
  if (c.gc_flags & COLLECTING) c.gc_refs--;
}

/** The generations 0..collectingGen being collected by the fused update/subtract pass (-1: none). */
let collectingGen = -1;

/**
 * visit_decref for the fused update_refs/subtract_refs pass of generations 0..`gen`: a child of
 * those generations not yet marked gets update_refs' gc_refs (then loses this reference). The
 * generation labels (gc_gen) say which tracked objects are being collected: the collector keeps
 * them equal to the list an object is in (0-2, 3 permanent, -1 untracked).
 */
function decref_first_visit(c: PyObject, gen: number): void {
  const g = c.gc_gen;
  if (g >= 0 && g <= gen) {
    c.gc_refs = (isImmortal(c) ? 1 << 30 : c.ob_refcnt) - 1;
    c.gc_flags = COLLECTING;
  }
}

function visit_decref_lazy(c: PyObject): void {
  const f = c.gc_flags;
  if (f & COLLECTING) c.gc_refs--;
  else if (f === 0) decref_first_visit(c, collectingGen);
}

/**
 * tp_traverse(o, visit_decref). The hot types (exact tuple, list and dict, instances of classes)
 * are traversed here with the visit written inline: the same references in the same order as
 * their tp_traverse, without a call per reference or a megamorphic call of the slot. With `gen`
 * >= 0 the visit is the fused pass's (decref_first_visit for children not marked yet).
 */
function traverse_decref(o: PyObject, gen: number): void {
  const t = o.ob_type;
  if (t === TupleType || t === ListType) {
    const it = (o as PyTuple).items;
    for (let i = 0; i < it.length; i++) {
      const c = it[i];
      const f = c.gc_flags;
      if (f & COLLECTING) c.gc_refs--;
      else if (f === 0 && gen >= 0) decref_first_visit(c, gen);
    }
    return;
  }
  const tr = t.tp_traverse;
  if (tr === subtype_traverse) {
    const inst = o as PyInstance;
    const sl = inst.slots;
    if (sl) {
      for (let i = 0; i < sl.length; i++) {
        const c = sl[i];
        if (c) {
          const f = c.gc_flags;
          if (f & COLLECTING) c.gc_refs--;
          else if (f === 0 && gen >= 0) decref_first_visit(c, gen);
        }
      }
    }
    const d = inst.dict;
    if (d) {
      if (d.embedded || (d.owner !== null && dictValuesEmbedded(d))) {
        const ks = d.keys, vs = d.vals;
        for (let i = 0; i < ks.length; i++) {
          if (ks[i]) {
            const c = vs[i]!;
            const f = c.gc_flags;
            if (f & COLLECTING) c.gc_refs--;
            else if (f === 0 && gen >= 0) decref_first_visit(c, gen);
          }
        }
      } else {
        const f = d.gc_flags;
        if (f & COLLECTING) d.gc_refs--;
        else if (f === 0 && gen >= 0) decref_first_visit(d, gen);
      }
    }
    const f = t.gc_flags;
    if (f & COLLECTING) t.gc_refs--;
    else if (f === 0 && gen >= 0) decref_first_visit(t, gen);
    return;
  }
  if (t === DictType) {
    const d = o as PyDict;
    // 3.13+ dict_traverse: values still inline in their instance are the instance's to visit
    if (d.owner !== null && dictValuesEmbedded(d)) return;
    const ks = d.keys, vs = d.vals;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null) {
        let f = k.gc_flags;
        if (f & COLLECTING) k.gc_refs--;
        else if (f === 0 && gen >= 0) decref_first_visit(k, gen);
        const c = vs[i]!;
        f = c.gc_flags;
        if (f & COLLECTING) c.gc_refs--;
        else if (f === 0 && gen >= 0) decref_first_visit(c, gen);
      }
    }
    return;
  }
  if (tr) {
    if (gen < 0) tr(o, visit_decref);
    else {
      collectingGen = gen;
      tr(o, visit_decref_lazy);
      collectingGen = -1;
    }
  }
}

/** subtract_refs: subtracts references between objects of the list. */
export function subtract_refs(head: PyObject): void {
  for (let o = head.gc_next!; o !== head; o = o.gc_next!) traverse_decref(o, -1);
}

/**
 * update_refs and subtract_refs in one pass over `young`, the generations 0..`gen` merged (each
 * pass over a large heap costs a cache miss per object). An object gets update_refs' gc_refs
 * when first met, as an element of the list or as a child: the same counts as the two passes.
 */
function update_and_subtract_refs(young: PyObject, gen: number): void {
  for (let o = young.gc_next!; o !== young; o = o.gc_next!) {
    if (!(o.gc_flags & COLLECTING)) {
      o.gc_refs = isImmortal(o) ? 1 << 30 : o.ob_refcnt;
      o.gc_flags = COLLECTING;
    }
    traverse_decref(o, gen);
  }
}

function listToArray(h: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let g = h.gc_next!; g !== h; g = g.gc_next!) out.push(g);
  return out;
}

/** Unlinks `o` from its list and appends it to `head` (gc_list_move without the intermediate nulls). */
function list_move(o: PyObject, head: PyObject): void {
  const prev = o.gc_prev!, next = o.gc_next!;
  prev.gc_next = next;
  next.gc_prev = prev;
  const last = head.gc_prev!;
  last.gc_next = o;
  o.gc_prev = last;
  o.gc_next = head;
  head.gc_prev = o;
}

/** visit_reachable's rescue of a tentatively unreachable object: back to the tail of `young`. */
function rescue(op: PyObject, young: PyObject): void {
  op.gc_flags = COLLECTING;
  list_move(op, young);
  op.gc_refs = 1;
}

let youngHead: PyObject = null as unknown as PyObject;
function visit_reachable(op: PyObject): void {
  const fl = op.gc_flags;
  if (!(fl & COLLECTING)) return;
  if (fl & UNREACHABLE) rescue(op, youngHead);
  else if (op.gc_refs === 0) op.gc_refs = 1;
}

/**
 * tp_traverse(o, visit_reachable) for an object of `young`: the hot types inline, as in
 * traverse_decref (same references, same order, so rescued objects are appended in CPython's order).
 */
function traverse_reachable(o: PyObject, young: PyObject): void {
  const t = o.ob_type;
  if (t === TupleType || t === ListType) {
    // tupletraverse and list_traverse: from the last item to the first
    const it = (o as PyTuple).items;
    for (let i = it.length - 1; i >= 0; i--) {
      const c = it[i];
      const fl = c.gc_flags;
      if (fl & COLLECTING) {
        if (fl & UNREACHABLE) rescue(c, young);
        else if (c.gc_refs === 0) c.gc_refs = 1;
      }
    }
    return;
  }
  const tr = t.tp_traverse;
  if (tr === subtype_traverse) {
    const inst = o as PyInstance;
    const sl = inst.slots;
    if (sl) {
      for (let i = 0; i < sl.length; i++) {
        const c = sl[i];
        if (c) {
          const fl = c.gc_flags;
          if (fl & COLLECTING) {
            if (fl & UNREACHABLE) rescue(c, young);
            else if (c.gc_refs === 0) c.gc_refs = 1;
          }
        }
      }
    }
    const d = inst.dict;
    if (d) {
      if (d.embedded || (d.owner !== null && dictValuesEmbedded(d))) {
        const ks = d.keys, vs = d.vals;
        for (let i = 0; i < ks.length; i++) {
          if (ks[i]) {
            const c = vs[i]!;
            const fl = c.gc_flags;
            if (fl & COLLECTING) {
              if (fl & UNREACHABLE) rescue(c, young);
              else if (c.gc_refs === 0) c.gc_refs = 1;
            }
          }
        }
      } else {
        const fl = d.gc_flags;
        if (fl & COLLECTING) {
          if (fl & UNREACHABLE) rescue(d, young);
          else if (d.gc_refs === 0) d.gc_refs = 1;
        }
      }
    }
    const fl = t.gc_flags;
    if (fl & COLLECTING) {
      if (fl & UNREACHABLE) rescue(t, young);
      else if (t.gc_refs === 0) t.gc_refs = 1;
    }
    return;
  }
  if (t === DictType) {
    const d = o as PyDict;
    // 3.13+ dict_traverse: values still inline in their instance are the instance's to visit
    if (d.owner !== null && dictValuesEmbedded(d)) return;
    const ks = d.keys, vs = d.vals;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null) {
        // dict_traverse: the value, then the key
        const c = vs[i]!;
        let fl = c.gc_flags;
        if (fl & COLLECTING) {
          if (fl & UNREACHABLE) rescue(c, young);
          else if (c.gc_refs === 0) c.gc_refs = 1;
        }
        fl = k.gc_flags;
        if (fl & COLLECTING) {
          if (fl & UNREACHABLE) rescue(k, young);
          else if (k.gc_refs === 0) k.gc_refs = 1;
        }
      }
    }
    return;
  }
  if (tr) {
    const saved = youngHead;
    youngHead = young;
    tr(o, visit_reachable);
    youngHead = saved;
  }
}

/** What move_unreachable also does to each object it keeps (work CPython does in later passes). */
const UNTRACK_TUPLES = 1;
const UNTRACK_DICTS = 2;

/** Dicts whose untrack_dicts decision waits for the end of move_unreachable (reused array). */
const deferredDicts: PyDict[] = [];

/**
 * untrack_dicts' test for a dict kept by move_unreachable while it also untracks tuples: 1 = stays
 * tracked, 0 = untrack, -1 = not known yet (a key or value is a tracked tuple this pass has not
 * kept yet: untrack_tuples, which CPython finishes before untrack_dicts, may still untrack it).
 * A tracked tuple without the COLLECTING flag has been kept (its untrack_tuples turn is over) or
 * is outside the collection (frozen): it stays tracked, as mayBeTracked then says.
 */
function dict_untrack_decision(d: PyDict): number {
  let unknown = false;
  const ks = d.keys, vs = d.vals;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    for (let j = 0; j < 2; j++) {
      const x = j === 0 ? k : vs[i]!;
      const t = x.ob_type;
      if (!t.gc) continue;
      if (t !== TupleType) return 1;
      if (x.gc_next == null) continue;
      if (x.gc_flags & COLLECTING) unknown = true;
      else return 1;
    }
  }
  return unknown ? -1 : 0;
}

/** untrack_dicts' test for one dict once every tuple's fate is known. */
function dict_may_have_cycles(d: PyDict): boolean {
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k && (mayBeTracked(k) || mayBeTracked(d.vals[i]!))) return true;
  }
  return false;
}

/**
 * move_unreachable: moves objects with no outside references (transitively) from `young` to
 * `unreachable`. Returns how many objects stay in `young`.
 *
 * The objects kept in `young` end in the order this loop keeps them, so work CPython does in
 * later passes over `young` is done here, in that same order, as each object is kept (`mode`):
 * untrack_tuples (UNTRACK_TUPLES), untrack_dicts (UNTRACK_DICTS, only with UNTRACK_TUPLES) and
 * the generation label (`gen` >= 0). A tuple untracked here sees its items as the separate pass
 * would: the items kept before it have had their turn, the others are still tracked. A dict
 * whose fate depends on a tuple not kept yet is decided after the loop; untracking a dict
 * changes no other object's decision, so the order of those decisions does not matter.
 */
export function move_unreachable(young: PyObject, unreachable: PyObject, mode = 0, gen = -1): number {
  let kept = 0;
  let gc = young.gc_next!;
  while (gc !== young) {
    let next: PyObject;
    if (gc.gc_refs) {
      traverse_reachable(gc, young);
      gc.gc_flags = 0;
      next = gc.gc_next!;
      if (mode !== 0) {
        const t = gc.ob_type;
        if (t === TupleType) {
          _PyTuple_MaybeUntrack(gc as PyTuple);
          if (gc.gc_next === null) {
            gc = next;
            continue;
          }
        } else if (t === DictType && mode & UNTRACK_DICTS) {
          const dec = dict_untrack_decision(gc as PyDict);
          if (dec === 0) {
            _PyObject_GC_UNTRACK(gc);
            gc = next;
            continue;
          }
          if (dec < 0) deferredDicts.push(gc as PyDict);
        }
      }
      if (gen >= 0) gc.gc_gen = gen;
      kept++;
    } else {
      next = gc.gc_next!;
      list_move(gc, unreachable);
      gc.gc_flags = COLLECTING | UNREACHABLE;
    }
    gc = next;
  }
  if (deferredDicts.length) {
    for (let i = 0; i < deferredDicts.length; i++) {
      const d = deferredDicts[i];
      if (!dict_may_have_cycles(d)) {
        _PyObject_GC_UNTRACK(d);
        kept--;
      }
    }
    deferredDicts.length = 0;
  }
  return kept;
}

/** Set by deduce_unreachable: some object it left in `unreachable` has weak references. Read
 *  (and reset to the safe `true`) by handle_weakrefs, which then skips its own scan. */
let unreachableHasWeakrefs = true;
/** Set by deduce_unreachable: how many objects it moved to `unreachable`. */
let unreachableCount = 0;
/**
 * False from deduce_unreachable until handle_weakrefs finds a weak reference to clear or
 * finalize_garbage runs a __del__: until then no code has run that could have resurrected an
 * unreachable object, so handle_resurrected_objects knows its answer without recomputing it.
 */
let resurrectionPossible = true;

/**
 * deduce_unreachable: splits `base` into the objects reachable from outside it (left in `base`)
 * and the rest (moved to `unreachable`). `mode` and `gen` as for move_unreachable; returns how
 * many objects stay in `base`. `generations` >= 0: `base` is exactly the tracked objects labelled
 * 0..generations (gc_collect_main's), so update_refs and subtract_refs can be one pass.
 */
function deduce_unreachable(base: PyObject, unreachable: PyObject, mode = 0, gen = -1, generations = -1): number {
  if (generations >= 0) update_and_subtract_refs(base, generations);
  else {
    update_refs(base);
    subtract_refs(base);
  }
  const kept = move_unreachable(base, unreachable, mode, gen);
  // clears the flags of the unreachable objects, counting them and looking for weak references
  let weak = false;
  let n = 0;
  for (let o = unreachable.gc_next!; o !== unreachable; o = o.gc_next!) {
    o.gc_flags = 0;
    const w = o.weakrefs;
    if (w && w.length) weak = true;
    n++;
  }
  unreachableHasWeakrefs = weak;
  unreachableCount = n;
  resurrectionPossible = false;
  return kept;
}

/** untrack_tuples. */
export function untrack_tuples(head: PyObject): void {
  for (let g = head.gc_next!; g !== head;) {
    const next = g.gc_next!;
    if (g.ob_type === TupleType) _PyTuple_MaybeUntrack(g as PyTuple);
    g = next;
  }
}

/** handle_weakrefs: clears weakrefs to unreachable objects; runs callbacks of weakrefs that survive. */
function handle_weakrefs(unreachable: PyObject, st: GCState): number {
  // deduce_unreachable, which built `unreachable`, looked for weak references already
  let any = unreachableHasWeakrefs;
  unreachableHasWeakrefs = true;
  if (any) {
    resurrectionPossible = true;
    any = false;
    for (let g = unreachable.gc_next!; g !== unreachable; g = g.gc_next!) {
      if (g.weakrefs && g.weakrefs.length) {
        any = true;
        break;
      }
    }
  }
  // nothing to clear: skip building the set of unreachable objects
  if (!any) return 0;
  const set = new Set(listToArray(unreachable));
  const toCall: PyObject[] = [];
  for (const o of set) {
    if (o.weakrefs && o.weakrefs.length) toCall.push(...st.clearWeakrefsForGc(o, set));
  }
  let freed = 0;
  for (const wr of toCall) {
    st.runWeakrefCallback(wr);
    const last = wr.ob_refcnt === 1;
    Py_DECREF(wr);
    if (last) freed++;
  }
  return freed;
}

/** finalize_garbage: calls __del__ once per object (PEP 442). */
function finalize_garbage(collectable: PyObject, st: GCState): void {
  // types known to have no __del__; forgotten whenever a finalizer runs (it may add one)
  let noDel: PyType | null = null;
  // Until the first finalizer runs nothing changes the list, so it is walked in place; CPython's
  // loop, which moves each object to `seen`, takes over from the first object to finalize.
  let op = collectable.gc_next!;
  for (; op !== collectable; op = op.gc_next!) {
    const t = op.ob_type;
    if (op.finalized || t === noDel) continue;
    if (t === GenType || (t.heap && lookupHeap(t, '__del__'))) break;
    noDel = t;
  }
  if (op === collectable) return;
  resurrectionPossible = true;
  const seen = gcListHead();
  const first = collectable.gc_next!;
  if (first !== op) {
    // the objects walked so far, [first, op), go to `seen` as they would one by one
    const last = op.gc_prev!;
    collectable.gc_next = op;
    op.gc_prev = collectable;
    first.gc_prev = seen;
    seen.gc_next = first;
    last.gc_next = seen;
    seen.gc_prev = last;
  }
  while (!gc_list_is_empty(collectable)) {
    const op = collectable.gc_next!;
    gc_list_move(op, seen);
    const t = op.ob_type;
    if (op.finalized || t === noDel) continue;
    // tp_finalize: a class's __del__, or _PyGen_Finalize (closes a suspended generator)
    if (t === GenType || (t.heap && lookupHeap(t, '__del__'))) {
      op.finalized = true;
      op.ob_refcnt++;
      noDel = null;
      if (t === GenType) _PyGen_Finalize(op as PyGen);
      else st.finalize(op);
      Py_DECREF(op);
    } else noDel = t;
  }
  gc_list_merge(seen, collectable);
}

/** handle_resurrected_objects: returns how many objects are still unreachable (moved to `still`). */
function handle_resurrected_objects(unreachable: PyObject, still: PyObject, old: PyObject, oldGen: number): number {
  // the objects left in `unreachable` (resurrected) get the older generation's label as they are kept
  if (!resurrectionPossible) {
    // No code ran since deduce_unreachable built `unreachable` (no weakref to clear, no __del__):
    // every object in it is referenced only from inside it, so deduce_unreachable would find
    // them all unreachable again and move them to `still` in this order.
    resurrectionPossible = true;
    const n = unreachableCount;
    gc_list_merge(unreachable, still);
    return n;
  }
  const resurrected = deduce_unreachable(unreachable, still, 0, oldGen);
  resurrectionPossible = true;
  if (collectionHook) resurrectedInPass += resurrected;
  gc_list_merge(unreachable, old);
  return unreachableCount;
}

/** delete_garbage: tp_clear on each object until the cycles are broken. */
function delete_garbage(collectable: PyObject, old: PyObject, oldGen: number, st: GCState): void {
  const rt = RT;
  const prevCause = rt.freeCause;
  rt.freeCause = 'gc';
  try {
    while (!gc_list_is_empty(collectable)) {
      const op = collectable.gc_next!;
      if (st.debug & DEBUG_SAVEALL) {
        op.ob_refcnt++;
        st.garbage.push(op);
        gc_list_move(op, old);
        op.gc_gen = oldGen;
        continue;
      }
      const clear = op.ob_type.tp_clear;
      if (clear) {
        op.ob_refcnt++;
        clear(op);
        Py_DECREF(op);
      }
      if (collectable.gc_next === op) {
        gc_list_move(op, old);
        op.gc_gen = oldGen;
      }
    }
  } finally {
    rt.freeCause = prevCause;
  }
}

/** gc_collect_main: collects generation `generation`; returns collected + uncollectable. */
export function gc_collect_main(generation: number, st: GCState): { collected: number; uncollectable: number } {
  const rt = RT;
  const gens = rt.gens;
  if (generation + 1 < 3) rt.gcCount[generation + 1] += 1;
  for (let i = 0; i <= generation; i++) rt.gcCount[i] = 0;
  for (let i = 0; i < generation; i++) gc_list_merge(gens[i], gens[generation]);
  const young = gens[generation];
  if (generation === 2) {
    st.permanentExtra += st.unfrozenImmortals;
    st.unfrozenImmortals = 0;
  }
  const oldGen = generation < 2 ? generation + 1 : 2;
  const old = gens[oldGen];
  const unreachable = gcListHead();
  // deduce_unreachable + untrack_tuples, and the survivors labelled with the generation they move to
  // (and untrack_dicts in a full collection, so `survivors` is then gc_list_size after it)
  const full = young === old;
  const mode = full && !RT.profile.dictTrackedFromCreation ? UNTRACK_TUPLES | UNTRACK_DICTS : UNTRACK_TUPLES;
  const survivors = deduce_unreachable(young, unreachable, mode, oldGen, generation);
  if (!full) {
    if (generation === 1) st.longLivedPending += survivors;
    gc_list_merge(young, old);
  } else {
    st.longLivedPending = 0;
    // plus the start-up objects heaplab does not model: they sit in CPython's oldest generation
    st.longLivedTotal = survivors + RT.profile.unmodelledLongLived;
  }
  // move_legacy_finalizers: heaplab models no tp_del objects, so the list stays empty.
  let m = handle_weakrefs(unreachable, st);
  finalize_garbage(unreachable, st);
  const finalUnreachable = gcListHead();
  m += handle_resurrected_objects(unreachable, finalUnreachable, old, oldGen);
  delete_garbage(finalUnreachable, old, oldGen, st);
  if (generation === 2) st.clearFreeLists();
  const s = st.stats[generation];
  s.collections++;
  s.collected += m;
  return { collected: m, uncollectable: 0 };
}

/** gc_collect_with_callback: runs gc.callbacks around the collection. Returns n = collected + uncollectable. */
export function gc_collect_with_callback(generation: number, st: GCState): number {
  const cbs = st.callbacks();
  for (const cb of cbs) st.invokeCallback(cb, 'start', { generation, collected: 0, uncollectable: 0 });
  if (st.onCollect) st.onCollect('start', generation, 0, 0);
  resurrectedInPass = 0;
  const r = RT.profile.gcVariant === 'incremental' ? gc_collect_incremental(generation, st) : gc_collect_main(generation, st);
  if (collectionHook) collectionHook({ generation, ...r, resurrected: resurrectedInPass, manual: manualCollection });
  if (st.onCollect) st.onCollect('stop', generation, r.collected, r.uncollectable);
  for (const cb of st.callbacks()) st.invokeCallback(cb, 'stop', { generation, ...r });
  return r.collected + r.uncollectable;
}

/** gc_collect_generations: the automatic collection (the oldest generation over its threshold). */
export function gc_collect_generations(st: GCState): number {
  const rt = RT;
  // 3.14.0-3.14.4 (_Py_RunGC): every automatic collection is an increment
  if (rt.profile.gcVariant === 'incremental') return gc_collect_with_callback(1, st);
  for (let i = 2; i >= 0; i--) {
    if (rt.gcCount[i] > rt.gcThreshold[i]) {
      if (i === 2 && st.longLivedPending < st.longLivedTotal / 4) continue;
      return gc_collect_with_callback(i, st);
    }
  }
  return 0;
}

/** _Py_RunGC: the eval-breaker hook. */
export function _Py_RunGC(st: GCState): void {
  const rt = RT;
  rt.gcPending = false;
  if (rt.gcCollecting || !rt.gcEnabled) return;
  rt.gcCollecting = true;
  try {
    gc_collect_generations(st);
  } finally {
    rt.gcCollecting = false;
  }
}

/** gc.collect(generation): a manual collection (0 when a collection is already running). */
export function gcCollect(generation: number, st: GCState): number {
  const rt = RT;
  if (rt.gcCollecting) return 0;
  rt.gcCollecting = true;
  manualCollection = true;
  try {
    return gc_collect_with_callback(generation, st);
  } finally {
    rt.gcCollecting = false;
    manualCollection = false;
  }
}

/** _PyGC_CollectNoFail: the shutdown collection of every generation, without gc.callbacks (0 when a collection is already running). */
export function _PyGC_CollectNoFail(st: GCState): number {
  const rt = RT;
  if (rt.gcCollecting) return 0;
  rt.gcCollecting = true;
  try {
    const r = rt.profile.gcVariant === 'incremental' ? gc_collect_incremental(2, st) : gc_collect_main(2, st);
    return r.collected + r.uncollectable;
  } finally {
    rt.gcCollecting = false;
  }
}

/** All tracked objects of generation `g` (or all generations). */
export function gcObjects(g: number | null): PyObject[] {
  const gens = RT.gens;
  if (RT.profile.gcVariant === 'incremental') return gcObjectsIncremental(g);
  if (g !== null) return listToArray(gens[g]);
  return [...listToArray(gens[0]), ...listToArray(gens[1]), ...listToArray(gens[2])];
}

/** gc.freeze(): moves every tracked object to the permanent generation. */
export function gcFreeze(): void {
  const gens = RT.gens;
  for (let i = 0; i < 3; i++) {
    setGen(gens[i], 3);
    gc_list_merge(gens[i], gens[3]);
    // gc_freeze_impl / _PyGC_Freeze: each generation's count starts again from 0
    RT.gcCount[i] = 0;
  }
}

/**
 * Moves every object tracked so far (heaplab's start-up objects: the modules, their dicts,
 * __main__'s namespace) from generation 0 to `generation`, where the real interpreter's
 * start-up collections have left its own start-up objects when the program starts.
 */
export function placeStartupObjects(generation: number): void {
  const gens = RT.gens;
  if (generation <= 0) return;
  setGen(gens[0], generation);
  gc_list_merge(gens[0], gens[generation]);
}

/** gc.unfreeze(). */
export function gcUnfreeze(): void {
  const gens = RT.gens;
  setGen(gens[3], 2);
  gc_list_merge(gens[3], gens[2]);
}

/** Size of a generation list. */
export function gcListSize(g: number): number {
  return gc_list_size(RT.gens[g]);
}

// The collection passes the incremental collector (gc_incremental.ts) shares.
export { UNTRACK_TUPLES, deduce_unreachable, handle_weakrefs, finalize_garbage, handle_resurrected_objects, delete_garbage };
