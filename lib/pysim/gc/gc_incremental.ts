// Models Python/gc.c (CPython 3.14.0-3.14.4): the incremental cyclic collector. One young
// generation and an old generation split into two "spaces" (visited / not visited); each
// automatic collection is an increment (gc_collect_increment) that marks from the roots once per
// scavenge (mark_at_start, mark_stacks), then collects the young objects plus as much of the
// not-visited old space as its work budget (assess_work_to_do) allows. Names are CPython's.
//
// Representation in heaplab's runtime (RT.gens): gens[0] = young, gens[1] = old space not yet
// visited in this scavenge, gens[2] = old space already visited, gens[3] = permanent.
// PyObject.gc_gen follows the list: 0 young, 1 not visited, 2 visited (also for objects in the
// temporary lists of an increment), 3 permanent. RT.gcCount is (young.count,
// old[visited_space].count, old[visited_space ^ 1].count), what gc.get_count() shows.
//
// The real interpreter holds thousands of tracked objects heaplab does not create (the stdlib
// modules loaded at start-up: Profile.gcStartupTracked). They take part in the accounting
// exactly like heap objects that are always reachable: they count in heap_size, are marked by
// mark_at_start, and are scanned by increments while they sit in the not-visited space.
import { PyObject, RT, gcListHead, gc_list_is_empty, gc_list_merge, gc_list_move, gc_list_size, gc_tracked_count, isImmortal } from '../objects/object';
import { S, type Frame } from '../eval/frame';
import { clearIntFreeList } from '../objects/longobject';
import {
  type GCState,
  UNTRACK_TUPLES,
  deduce_unreachable,
  delete_garbage,
  finalize_garbage,
  handle_resurrected_objects,
  handle_weakrefs,
  untrack_tuples,
} from './gcmodule';

const YOUNG = 0;
const NOT_VISITED = 1;
const VISITED = 2;
const PERMANENT = 3;

/** SCAN_RATE_DIVISOR of Python/gc.c. */
const SCAN_RATE_DIVISOR = 10;

/** Per-interpreter state of the incremental collector (the fields GCState gained in 3.14). */
export interface IncrementalState {
  visited_space: 0 | 1;
  work_to_do: number;
  phase: 'mark' | 'collect';
  /** Start-up objects (not simulated) currently in the not-visited / visited old space. */
  startupPending: number;
  startupVisited: number;
  /** frame->visited flags of mark_stacks. */
  visitedFrames: WeakSet<Frame>;
}

const states = new WeakMap<object, IncrementalState>();

/** The running interpreter's incremental collector state (created on first use, as after a completed scavenge). */
export function incrementalState(): IncrementalState {
  let s = states.get(RT);
  if (!s) {
    s = {
      visited_space: 0,
      work_to_do: 0,
      phase: 'mark',
      startupPending: RT.profile.gcStartupTracked,
      startupVisited: 0,
      visitedFrames: new WeakSet(),
    };
    states.set(RT, s);
  }
  return s;
}

// ------------------------------------------------------------------ list helpers

/** gc_list_set_space, with heaplab's per-list gc_gen labels. */
function gc_list_set_space(h: PyObject, gen: number): number {
  let n = 0;
  for (let g = h.gc_next!; g !== h; g = g.gc_next!) {
    g.gc_gen = gen;
    n++;
  }
  return n;
}

function isTrackedNotVisited(o: PyObject): boolean {
  return o.gc_next != null && !isImmortal(o) && (o.gc_gen === YOUNG || o.gc_gen === NOT_VISITED);
}

// ------------------------------------------------------------------ marking

/** move_to_reachable: a not-visited tracked object goes to `reachable`, flagged visited. */
function move_to_reachable(op: PyObject | null, reachable: PyObject): number {
  if (op && op.ob_type.gc && isTrackedNotVisited(op)) {
    op.gc_gen = VISITED;
    gc_list_move(op, reachable);
    return 1;
  }
  return 0;
}

// The visit of mark_all_reachable and expand_region_transitively_reachable: one module-level
// function and its state instead of a closure allocated per call.
let markTarget: PyObject = null as unknown as PyObject;
let markCount = 0;
function visit_mark(op: PyObject): void {
  if (op.ob_type.gc && isTrackedNotVisited(op)) {
    op.gc_gen = VISITED;
    gc_list_move(op, markTarget);
    markCount++;
  }
}

/** mark_all_reachable: transitively moves everything reachable from `reachable` into `visited`. */
function mark_all_reachable(reachable: PyObject, visited: PyObject): number {
  const savedTarget = markTarget, savedCount = markCount;
  markTarget = reachable;
  markCount = 0;
  while (!gc_list_is_empty(reachable)) {
    const gc = reachable.gc_next!;
    gc_list_move(gc, visited);
    const tr = gc.ob_type.tp_traverse;
    if (tr) tr(gc, visit_mark);
  }
  const size = markCount;
  markTarget = savedTarget;
  markCount = savedCount;
  return size;
}

/** mark_stacks: the frames' namespaces, functions, locals and value stacks are roots. */
function mark_stacks(s: IncrementalState, visited: PyObject, start: boolean): number {
  const reachable = gcListHead();
  let marked = 0;
  for (let f = S.frame; f; f = f.back) {
    marked += move_to_reachable(f.locals, reachable);
    marked += move_to_reachable(f.func, reachable);
    for (let i = f.vs.length - 1; i >= 0; i--) marked += move_to_reachable(f.vs[i], reachable);
    for (let i = f.fast.length - 1; i >= 0; i--) marked += move_to_reachable(f.fast[i], reachable);
    if (!start && s.visitedFrames.has(f)) break;
    s.visitedFrames.add(f);
  }
  return marked + mark_all_reachable(reachable, visited);
}

/** mark_global_roots: sys, builtins and every imported module. */
function mark_global_roots(visited: PyObject): number {
  const reachable = gcListHead();
  let marked = 0;
  for (const m of S.modules.values()) {
    marked += move_to_reachable(m, reachable);
    const d = (m as PyObject & { dict?: PyObject }).dict;
    if (d) marked += move_to_reachable(d, reachable);
  }
  marked += move_to_reachable(S.builtins, reachable);
  return marked + mark_all_reachable(reachable, visited);
}

/** mark_at_start: the first step of a scavenge marks everything reachable from the roots. */
function mark_at_start(s: IncrementalState): number {
  const visited = RT.gens[VISITED];
  let marked = mark_global_roots(visited);
  marked += mark_stacks(s, visited, true);
  // start-up objects reachable from the roots (the others wait in the not-visited space)
  const reach = Math.min(s.startupPending, RT.profile.gcStartupRootReachable);
  marked += reach;
  s.startupVisited += reach;
  s.startupPending -= reach;
  s.work_to_do -= marked;
  s.phase = 'collect';
  return marked;
}

/** expand_region_transitively_reachable: pulls what `gc` (and what follows it) reaches into `container`. */
function expand_region_transitively_reachable(container: PyObject, gc: PyObject): number {
  const savedTarget = markTarget, savedCount = markCount;
  markTarget = container;
  markCount = 0;
  while (gc !== container) {
    const tr = gc.ob_type.tp_traverse;
    if (tr) tr(gc, visit_mark);
    gc = gc.gc_next!;
  }
  const size = markCount;
  markTarget = savedTarget;
  markCount = savedCount;
  return size;
}

// ------------------------------------------------------------------ collections

/** Tracked objects, as gcstate->heap_size counts them (plus the start-up objects). Between
 *  collections every tracked object is in one of the four generation lists. */
function heap_size(s: IncrementalState): number {
  return gc_tracked_count() + s.startupPending + s.startupVisited;
}

/** assess_work_to_do: new objects plus a slice of the heap (at most twice the new objects). */
function assess_work_to_do(s: IncrementalState): number {
  const rt = RT;
  const scale_factor = Math.max(2, rt.gcThreshold[1]);
  const new_objects = rt.gcCount[0];
  const max_heap_fraction = new_objects * 2;
  let heap_fraction = Math.floor(Math.floor(heap_size(s) / SCAN_RATE_DIVISOR) / scale_factor);
  if (heap_fraction > max_heap_fraction) heap_fraction = max_heap_fraction;
  rt.gcCount[0] = 0;
  return new_objects + heap_fraction;
}

/** completed_scavenge: the visited space becomes the not-visited one for the next scavenge. */
function completed_scavenge(s: IncrementalState): void {
  const g = RT.gens;
  if (gc_list_is_empty(g[PERMANENT])) {
    s.visited_space = (s.visited_space ^ 1) as 0 | 1;
    // old[visited].count and old[not visited].count follow their spaces
    const c = RT.gcCount;
    [c[1], c[2]] = [c[2], c[1]];
  }
  gc_list_merge(g[VISITED], g[NOT_VISITED]);
  gc_list_set_space(g[NOT_VISITED], NOT_VISITED);
  s.startupPending += s.startupVisited;
  s.startupVisited = 0;
  s.work_to_do = 0;
  s.phase = 'mark';
}

/** gc_collect_region: finds the garbage among `from`, moves the survivors to `to`, frees the rest. */
function gc_collect_region(from: PyObject, to: PyObject, st: GCState): { collected: number; uncollectable: number } {
  const unreachable = gcListHead();
  // deduce_unreachable, then untrack_tuples over what stays in `from` (fused into move_unreachable)
  deduce_unreachable(from, unreachable, UNTRACK_TUPLES);
  if (from !== to) gc_list_merge(from, to);
  // move_legacy_finalizers: heaplab models no tp_del objects, so nothing is uncollectable.
  let collected = handle_weakrefs(unreachable, st);
  finalize_garbage(unreachable, st);
  const final_unreachable = gcListHead();
  collected += handle_resurrected_objects(unreachable, final_unreachable, to, VISITED);
  delete_garbage(final_unreachable, to, VISITED, st);
  return { collected, uncollectable: 0 };
}

function add_stats(st: GCState, gen: number, r: { collected: number; uncollectable: number }): void {
  const s = st.stats[gen];
  s.collections++;
  s.collected += r.collected;
  s.uncollectable += r.uncollectable;
}

/** gc_collect_young: generation 0 (gc.collect(0)). */
function gc_collect_young(st: GCState): { collected: number; uncollectable: number } {
  const rt = RT;
  const young = rt.gens[YOUNG];
  untrack_tuples(young);
  const survivors = gcListHead();
  gc_list_set_space(young, VISITED);
  const r = gc_collect_region(young, survivors, st);
  gc_list_merge(survivors, rt.gens[VISITED]);
  rt.gcCount[0] = 0;
  rt.gcCount[1]++;
  add_stats(st, 0, r);
  return r;
}

/** gc_collect_increment: generation 1 (automatic collections and gc.collect(1)). */
function gc_collect_increment(st: GCState): { collected: number; uncollectable: number } {
  const rt = RT;
  const s = incrementalState();
  const none = { collected: 0, uncollectable: 0 };
  s.work_to_do += assess_work_to_do(s);
  if (s.work_to_do < 0) return none;
  untrack_tuples(rt.gens[YOUNG]);
  if (s.phase === 'mark') {
    const objects_marked = mark_at_start(s);
    s.work_to_do -= objects_marked;
    return none;
  }
  const not_visited = rt.gens[NOT_VISITED];
  const visited = rt.gens[VISITED];
  const increment = gcListHead();
  const objects_marked = mark_stacks(s, visited, false);
  s.work_to_do -= objects_marked;
  gc_list_set_space(rt.gens[YOUNG], VISITED);
  gc_list_merge(rt.gens[YOUNG], increment);
  let increment_size = gc_list_size(increment);
  while (increment_size < s.work_to_do) {
    if (s.startupPending > 0) {
      // start-up objects head the not-visited list: they survive, they only cost work
      const k = Math.min(s.startupPending, Math.ceil(s.work_to_do - increment_size));
      s.startupPending -= k;
      s.startupVisited += k;
      increment_size += k;
      continue;
    }
    if (gc_list_is_empty(not_visited)) break;
    const gc = not_visited.gc_next!;
    gc_list_move(gc, increment);
    increment_size++;
    gc.gc_gen = VISITED;
    increment_size += expand_region_transitively_reachable(increment, gc);
  }
  const survivors = gcListHead();
  const r = gc_collect_region(increment, survivors, st);
  gc_list_merge(survivors, visited);
  s.work_to_do -= increment_size;
  if (gc_list_is_empty(not_visited) && s.startupPending === 0) completed_scavenge(s);
  add_stats(st, 1, r);
  return r;
}

/** gc_collect_full: generation 2 (gc.collect()). */
function gc_collect_full(st: GCState): { collected: number; uncollectable: number } {
  const rt = RT;
  const s = incrementalState();
  const g = rt.gens;
  untrack_tuples(g[YOUNG]);
  gc_list_merge(g[YOUNG], g[NOT_VISITED]);
  gc_list_set_space(g[NOT_VISITED], VISITED);
  rt.gcCount[0] = 0;
  gc_list_merge(g[NOT_VISITED], g[VISITED]);
  s.startupVisited += s.startupPending;
  s.startupPending = 0;
  const r = gc_collect_region(g[VISITED], g[VISITED], st);
  rt.gcCount[0] = 0;
  rt.gcCount[1] = 0;
  rt.gcCount[2] = 0;
  completed_scavenge(s);
  st.clearFreeLists();
  clearIntFreeList();
  add_stats(st, 2, r);
  return r;
}

/** The collection of `generation` (0 young, 1 increment, 2 full) as _PyGC_Collect dispatches it. */
export function gc_collect_incremental(generation: number, st: GCState): { collected: number; uncollectable: number } {
  if (generation === 0) return gc_collect_young(st);
  if (generation === 1) return gc_collect_increment(st);
  return gc_collect_full(st);
}

/** gc.get_objects(generation) of 3.14: 0 young, 1 nothing, 2 both old spaces (old[0] first); null: all. */
export function gcObjectsIncremental(g: number | null): PyObject[] {
  const gens = RT.gens;
  const out: PyObject[] = [];
  const add = (h: PyObject) => {
    for (let o = h.gc_next!; o !== h; o = o.gc_next!) out.push(o);
  };
  if (g === 1) return out;
  if (g === null || g === 0) add(gens[YOUNG]);
  if (g !== 0) {
    const space = incrementalState().visited_space;
    // old[0] then old[1]; old[visited_space] is the visited list
    if (space === 0) {
      add(gens[VISITED]);
      add(gens[NOT_VISITED]);
    } else {
      add(gens[NOT_VISITED]);
      add(gens[VISITED]);
    }
  }
  return out;
}
