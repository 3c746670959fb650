// Records a trace while the evaluator runs (see FORMAT.md): one step per line event, a delta per
// step, and a full keyframe every `keyframeInterval` steps.
import { sameFrames, sameGc, sameObject } from './compare';
import { PyObject, PyType, RT, isImmortal, traverseLabels } from '../objects/object';
import { PyCell, PyFunction, PyMethod } from '../objects/funcobject';
import { PyWeakref } from '../objects/weakrefobject';
import { PyGenericAlias } from '../objects/genericaliasobject';
import { PyUnion } from '../objects/unionobject';
import { Ellipsis, None } from '../objects/singletons';
import { PyModule } from '../objects/moduleobject';
import { PyStr } from '../objects/unicodeobject';
import { PyDict } from '../objects/dictobject';
import { PyInstance } from '../objects/typeobject';
import { PyBaseException } from '../objects/exceptions';
import { PyCFunction } from '../objects/methodobject';
import type { Frame } from '../eval/frame';
import type { Interpreter } from '../pythonrun';
import { LIBRARY_DIR } from '../pythonrun';
import { getsizeof } from '../modules/sysmodule';
import { applyDelta } from './replay';
import { gcObjects } from '../gc/gcmodule';
import { TRACE_FORMAT_VERSION, type GcCollectionRecord, type FrameSnapshot, type HeapObjectSnapshot, type Snapshot, type SnapshotDelta, type Trace, type TraceEvent } from './types';

const MAX_OBJECTS = 300;

function safeRepr(o: PyObject): string {
  const t = o.ob_type;
  let r: string;
  try {
    if (t.heap && (o instanceof PyInstance || o instanceof PyBaseException)) r = `<${t.qualname} object at 0x${o.addr.toString(16)}>`;
    else if (o instanceof PyType) r = t.tp_repr ? t.tp_repr(o) : `<class '${o.name}'>`;
    else if (t.tp_repr && !t.heap) r = reprShallow(o);
    else r = `<${t.name} object at 0x${o.addr.toString(16)}>`;
  } catch {
    r = `<${t.name} object at 0x${o.addr.toString(16)}>`;
  }
  return r.length > 60 ? r.slice(0, 57) + '...' : r;
}

/**
 * Builtin types whose repr reads only the object itself (never another object's repr, never
 * Python code). Any other repr could call a class's own __repr__ or __getattr__: the recorder
 * must not run Python code, which would add steps, change reference counts and allocate.
 */
const PURE_REPR_TYPES = new Set([
  'int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'memoryview', 'NoneType', 'NotImplementedType', 'ellipsis',
  'range', 'range_iterator', 'longrange_iterator', 'function', 'builtin_function_or_method', 'method_descriptor',
  'getset_descriptor', 'member_descriptor', 'wrapper_descriptor', 'method-wrapper', 'code', 'cell', 'frame', 'traceback', 'object', 'generator',
]);

function reprShallow(o: PyObject): string {
  const t = o.ob_type;
  if (t.gc && !(o instanceof PyCFunction)) {
    // container: avoid running Python code; show type and length
    const n = (o as { items?: unknown[] }).items?.length ?? (o as PyDict).used;
    if (t.name === 'list') return n !== undefined ? `list (${n} items)` : 'list';
    if (t.name === 'tuple' || t.name === 'dict' || t.name === 'set' || t.name === 'frozenset' || t.name === 'deque' || t.name === 'defaultdict') return `${t.name} (${n} items)`;
  }
  if (PURE_REPR_TYPES.has(t.name)) return t.tp_repr!(o);
  const at = (x: PyObject) => `0x${x.addr.toString(16)}`;
  if (o instanceof PyMethod) {
    // method_repr without repr(self)
    const self = o.self;
    const name = o.func instanceof PyFunction ? o.func.qualname : '?';
    return `<bound method ${name} of <${self.ob_type.qualname} object at ${at(self)}>>`;
  }
  if (o instanceof PyWeakref) {
    // weakref_repr without the referent's __name__ (a class's own attribute lookup could run)
    const kind = t.weakProxy ? 'weakproxy' : 'weakref';
    return o.obj ? `<${kind} at ${at(o)}; to '${o.obj.ob_type.name}' at ${at(o.obj)}>` : `<${kind} at ${at(o)}; dead>`;
  }
  // list[int], int | None: their repr when it names only classes, None and Ellipsis
  if ((o instanceof PyGenericAlias || o instanceof PyUnion) && pureAlias(o)) return t.tp_repr!(o);
  return `<${t.name} object at ${at(o)}>`;
}

/** Whether a generic alias's or union's repr reads only classes, None and Ellipsis (no Python code runs). */
function pureAlias(o: PyObject): boolean {
  if (o instanceof PyType || o === None || o === Ellipsis) return true;
  if (o instanceof PyGenericAlias) return pureAlias(o.origin) && o.args.items.every(pureAlias);
  if (o instanceof PyUnion) return o.args.items.every(pureAlias);
  return false;
}

/** Whether a frame record's bindings are the given labels and object ids, in order. */
function sameBindings(b: { label: string; ref: number }[], labels: string[], refs: number[]): boolean {
  if (b.length !== labels.length) return false;
  for (let i = 0; i < b.length; i++) if (b[i].ref !== refs[i] || b[i].label !== labels[i]) return false;
  return true;
}

/** Types whose objects never change after creation (so neither do their repr and size). */
const SCALAR_TYPES = new Set(['int', 'bool', 'float', 'complex', 'str', 'bytes', 'NoneType', 'ellipsis', 'NotImplementedType']);

/** The owner names of a code object's local slots ("local f.x"), made once per code object. */
const ownerNames = new WeakMap<object, string[]>();
function localOwners(info: { name: string; varnames: string[] }): string[] {
  let o = ownerNames.get(info);
  if (o === undefined) ownerNames.set(info, (o = info.varnames.map((v) => `local ${info.name}.${v}`)));
  return o;
}

/** Everything written to one output stream so far, joined as chunks arrive (the stream only grows). */
class JoinedStream {
  private joined = '';
  private chunks = 0;

  /** The whole stream's text, given its chunk list. */
  text(chunks: string[]): string {
    if (chunks.length < this.chunks) {
      this.joined = '';
      this.chunks = 0;
    }
    if (chunks.length > this.chunks) {
      for (let i = this.chunks; i < chunks.length; i++) this.joined += chunks[i];
      this.chunks = chunks.length;
    }
    return this.joined;
  }
}

/** Trace recorder bound to an interpreter. */
export class TraceRecorder {
  deltas: SnapshotDelta[] = [];
  keyframes: Snapshot[] = [];
  events: TraceEvent[] = [];
  truncated = false;
  /** The passes of every collection seen while recording. */
  collections: GcCollectionRecord[] = [];
  private prev: Snapshot | null = null;
  private outLen = 0;
  private errLen = 0;
  private stdout = new JoinedStream();
  private stderr = new JoinedStream();
  /** The last record of each frame (checked against the frame's serial: frames are reused). */
  private frameRecords = new WeakMap<Frame, FrameSnapshot>();
  private scratchLabels: string[] = [];
  private scratchRefs: number[] = [];
  /** Address, repr and size of the immutable scalars recorded so far. */
  private scalars = new WeakMap<PyObject, { serial: number; v: unknown; address: string; repr: string; size: number }>();

  constructor(private interp: Interpreter, public keyframeInterval = 100, public maxSteps = 20_000) {}

  /** Installs the hooks into the interpreter. */
  install(): void {
    const st = this.interp.st;
    // the library modules' own lines (copy.py, weakref.py) are stepped over: the learner steps
    // through their program, and what a library call did shows at its next line
    st.onLine = (f) => {
      if (!f.code.info.filename.startsWith(LIBRARY_DIR)) this.line(f);
    };
    st.onCall = (f, kind) => {
      if (this.truncated || f.code.info.filename.startsWith(LIBRARY_DIR)) return;
      this.events.push({ step: this.deltas.length, type: kind, name: f.code.info.name, line: f.lineno });
    };
    this.interp.rt.tracer = {
      alloc: (o) => {
        if (!this.truncated) this.events.push({ step: this.deltas.length, type: 'alloc', obj: o.serial, typeName: o.ob_type.name, address: '0x' + o.addr.toString(16), size: o.allocSize });
      },
      free: (o, cause) => {
        if (!this.truncated) this.events.push({ step: this.deltas.length, type: 'free', obj: o.serial, typeName: o.ob_type.name, address: '0x' + o.addr.toString(16), cause });
      },
    };
    this.interp.gc.onCollect = (phase, generation, collected, uncollectable) => {
      if (this.truncated) return;
      if (phase === 'start') {
        this.events.push({ step: this.deltas.length, type: 'gc-start', generation, counts: [...RT.gcCount] as [number, number, number] });
        this.recordPasses(generation);
      }
      else this.events.push({ step: this.deltas.length, type: 'gc-stop', generation, collected, uncollectable });
    };
  }

  /**
   * Recomputes the collector's passes for a collection of `generation` that is about to run
   * (update_refs, subtract_refs, move_unreachable as gcmodule.ts does them), keeping the
   * figures of the objects the visualisation can show.
   */
  private recordPasses(generation: number): void {
    const all: PyObject[] = [];
    for (let g = 0; g <= generation; g++) for (const o of gcObjects(g)) all.push(o);
    const inSet = new Set(all);
    const gcRefs = new Map<PyObject, number>();
    for (const o of all) gcRefs.set(o, isImmortal(o) ? 1 << 30 : o.ob_refcnt);
    for (const o of all)
      o.ob_type.tp_traverse?.(o, (c) => {
        if (inSet.has(c)) gcRefs.set(c, gcRefs.get(c)! - 1);
      });
    const reachable = new Set<PyObject>();
    const stack = all.filter((o) => gcRefs.get(o)! > 0);
    for (const o of stack) reachable.add(o);
    while (stack.length) {
      const o = stack.pop()!;
      o.ob_type.tp_traverse?.(o, (c) => {
        if (inSet.has(c) && !reachable.has(c)) {
          reachable.add(c);
          stack.push(c);
        }
      });
    }
    const visible = this.prev?.objects ?? {};
    const rec: GcCollectionRecord = { step: this.deltas.length, generation, examined: all.length, objects: [], unreachable: [] };
    const detached: HeapObjectSnapshot[] = [];
    for (const o of all) {
      const unreachable = !reachable.has(o);
      if (unreachable && rec.unreachable.length < MAX_OBJECTS) rec.unreachable.push(o.serial);
      if ((o.serial in visible || unreachable) && rec.objects.length < MAX_OBJECTS) {
        rec.objects.push({ id: o.serial, refcount: isImmortal(o) ? RT.profile.immortalRefcnt : o.ob_refcnt, gcRefs: gcRefs.get(o)!, unreachable });
        if (unreachable && !(o.serial in visible) && detached.length < MAX_OBJECTS) {
          const refs: { label: string; ref: number }[] = [];
          o.ob_type.tp_traverse?.(o, (c, label) => {
            if (c instanceof PyModule || (c instanceof PyType && !c.heap) || c === o.ob_type) return;
            refs.push({ label, ref: this.idOf(c) });
          });
          detached.push(this.record(o, [], refs));
        }
      }
    }
    if (detached.length) rec.detached = detached;
    this.collections.push(rec);
  }

  private record(o: PyObject, referrers: string[], refs: { label: string; ref: number }[]): HeapObjectSnapshot {
    const tracked = o.gc_next != null;
    const id = this.idOf(o);
    // an immutable scalar's address, repr and size do not change while it lives: worked out once
    // per life (a free list revives the same JS object with a new serial) and value (the
    // simulator may still fill in a new object's value after the recorder has seen it)
    const v = (o as { v?: unknown }).v;
    let fixed = this.scalars.get(o);
    if (fixed === undefined || fixed.serial !== o.serial || fixed.v !== v) {
      fixed = { serial: o.serial, v, address: '0x' + o.addr.toString(16), repr: safeRepr(o), size: safeSize(o) };
      if (SCALAR_TYPES.has(o.ob_type.name) && !o.ob_type.heap && o.addr !== 0) this.scalars.set(o, fixed);
    }
    return {
      id,
      address: fixed.address,
      type: o.ob_type.name,
      repr: fixed.repr,
      refcount: isImmortal(o) ? RT.profile.immortalRefcnt : o.ob_refcnt,
      immortal: isImmortal(o),
      referrers,
      refs,
      generation: tracked ? (o.gc_gen === 3 ? 'permanent' : (o.gc_gen as 0 | 1 | 2)) : null,
      tracked,
      size: fixed.size,
    };
  }

  /** Builds the full visible state now. */
  snapshot(line: number, top: Frame | null): Snapshot {
    traverseLabels.on = true;
    try {
      return this.snapshotInner(line, top);
    } finally {
      traverseLabels.on = false;
    }
  }

  private snapshotInner(line: number, top: Frame | null): Snapshot {
    const frames: FrameSnapshot[] = [];
    const chain: Frame[] = [];
    for (let f = top; f; f = f.back) chain.push(f);
    chain.reverse();
    const objects: Record<number, HeapObjectSnapshot> = {};
    const queue: PyObject[] = [];
    const referrers = new Map<PyObject, string[]>();
    const note = (o: PyObject, owner: string) => {
      let l = referrers.get(o);
      if (!l) referrers.set(o, (l = []));
      l.push(owner);
      if (l.length === 1) queue.push(o);
    };
    const labels = this.scratchLabels, refs = this.scratchRefs;
    for (const f of chain) {
      labels.length = 0;
      refs.length = 0;
      if (f.code.info.isModule || f.locals) {
        const d = f.locals ?? f.globals;
        for (let i = 0; i < d.keys.length; i++) {
          const k = d.keys[i];
          if (!k) continue;
          const name = (k as PyStr).v;
          const v = d.vals[i]!;
          if (name.startsWith('__') || v instanceof PyModule) continue;
          labels.push(name);
          refs.push(this.idOf(v));
          note(v, `global ${name}`);
        }
      } else {
        const names = f.code.info.varnames;
        const owners = localOwners(f.code.info);
        for (let i = 0; i < f.fast.length; i++) {
          let v = f.fast[i];
          if (!v) continue;
          if (v instanceof PyCell && (f.code.info.cellSlots.some((c) => c.slot === i) || f.code.info.freeSlots.includes(i))) {
            note(v, owners[i]);
            v = v.ref;
            if (!v) continue;
          } else note(v, owners[i]);
          labels.push(names[i]);
          refs.push(this.idOf(v));
        }
      }
      // a frame that did not change since the last step keeps its record (most of a deep stack)
      const last = this.frameRecords.get(f);
      if (last !== undefined && last.id === f.serial && last.line === f.lineno && last.name === f.code.info.name && sameBindings(last.bindings, labels, refs)) {
        frames.push(last);
        continue;
      }
      const bindings = labels.map((label, i) => ({ label, ref: refs[i] }));
      const rec: FrameSnapshot = { id: f.serial, name: f.code.info.name, line: f.lineno, bindings };
      this.frameRecords.set(f, rec);
      frames.push(rec);
    }
    let count = 0;
    for (let qi = 0; qi < queue.length && count < MAX_OBJECTS; qi++) {
      const o = queue[qi];
      if (o instanceof PyModule || (o instanceof PyType && !o.heap)) continue;
      const refs: { label: string; ref: number }[] = [];
      const owner = `${o.ob_type.name}#${o.serial}`;
      o.ob_type.tp_traverse?.(o, (c, label) => {
        if (c instanceof PyModule || (c instanceof PyType && !c.heap) || c === o.ob_type) return;
        refs.push({ label, ref: this.idOf(c) });
        note(c, owner + label);
      });
      objects[this.idOf(o)] = this.record(o, referrers.get(o) ?? [], refs);
      count++;
    }
    const out = this.interp.st.streams;
    return {
      step: this.deltas.length,
      line,
      frames,
      objects,
      stdout: this.stdout.text(out.out),
      stderr: this.stderr.text(out.err),
      gc: { counts: [...RT.gcCount] as [number, number, number], thresholds: [...RT.gcThreshold] as [number, number, number], enabled: RT.gcEnabled },
    };
  }

  private staticIds = new WeakMap<PyObject, number>();
  private nextStaticId = -1;

  /** Stable id of an object: its serial, or a negative id for static objects created before serials (small ints, None…). */
  idOf(o: PyObject): number {
    if (o.serial) return o.serial;
    let id = this.staticIds.get(o);
    if (id === undefined) this.staticIds.set(o, (id = this.nextStaticId--));
    return id;
  }

  /** Records one more step at frame `f` now (the playground's end-of-module step). */
  recordStep(f: Frame): void {
    this.line(f);
  }

  private line(f: Frame): void {
    if (this.truncated) return;
    if (this.deltas.length >= this.maxSteps) {
      this.truncated = true;
      return;
    }
    const snap = this.snapshot(f.lineno, f);
    this.push(snap);
  }

  private push(snap: Snapshot): void {
    const step = this.deltas.length;
    snap.step = step;
    const d: SnapshotDelta = { line: snap.line };
    const prev = this.prev;
    if (!prev || !sameFrames(prev.frames, snap.frames)) d.frames = snap.frames;
    const ups: HeapObjectSnapshot[] = [];
    for (const id in snap.objects) {
      const o = snap.objects[id];
      const p = prev?.objects[id];
      if (!p || !sameObject(p, o)) ups.push(o);
    }
    if (ups.length) d.upserts = ups;
    if (prev) {
      const rem: number[] = [];
      for (const id in prev.objects) if (!(id in snap.objects)) rem.push(Number(id));
      if (rem.length) d.removed = rem;
    }
    if (snap.stdout.length > this.outLen) d.stdout = snap.stdout.slice(this.outLen);
    if (snap.stderr.length > this.errLen) d.stderr = snap.stderr.slice(this.errLen);
    this.outLen = snap.stdout.length;
    this.errLen = snap.stderr.length;
    if (!prev || !sameGc(prev.gc, snap.gc)) d.gc = snap.gc;
    this.deltas.push(d);
    if (step % this.keyframeInterval === 0) {
      const base: Snapshot = { step, line: snap.line, frames: [], objects: {}, stdout: '', stderr: '', gc: snap.gc };
      if (prev) {
        const copy: Snapshot = JSON.parse(JSON.stringify(prev));
        this.keyframes.push(applyDelta(copy, d, step));
      } else this.keyframes.push(applyDelta(base, d, step));
    }
    this.prev = snap;
  }

  /** The finished trace. */
  finish(source: string, filename: string): Trace {
    const g = this.interp.main.dict;
    const pseudo = { code: { info: { isModule: true, name: '<module>', varnames: [], cellSlots: [], freeSlots: [] } }, locals: g, globals: g, lineno: 0, serial: 0, back: null, fast: [] } as unknown as Frame;
    const final = this.snapshot(0, pseudo);
    final.step = this.deltas.length;
    return {
      version: TRACE_FORMAT_VERSION,
      profile: this.interp.profile.name,
      filename,
      source,
      deltas: this.deltas,
      keyframes: this.keyframes,
      keyframeInterval: this.keyframeInterval,
      events: this.events,
      final,
      truncated: this.truncated,
      collections: this.collections,
    };
  }
}

function safeSize(o: PyObject): number {
  try {
    if (o.ob_type.heap && o instanceof PyInstance) return o.ob_type.basicsize;
    return getsizeof(o);
  } catch {
    return o.allocSize;
  }
}
