// heaplab's own trace format (no CPython counterpart): plain serialisable data that crosses the
// Web Worker boundary. See FORMAT.md beside this file.

/** Version of the trace format; bumped on any incompatible change. */
export const TRACE_FORMAT_VERSION = 1;

/** A reference from one object (or frame) to another, with a human label ("[0]", "x", ".attr"). */
export interface RefEdge {
  /** Label of the slot: a binding name, `[i]` for a sequence item, `{key repr}` for a dict value, `.name` for an attribute. */
  label: string;
  /** Stable object id (HeapObjectSnapshot.id) of the referenced object. */
  ref: number;
}

/** One heap object as the visualisation sees it. */
export interface HeapObjectSnapshot {
  /** Stable id: a serial number given at allocation, never reused (unlike `address`). */
  id: number;
  /** The address CPython would print: `id(obj)` in lowercase hex with `0x` prefix. */
  address: string;
  /** Python type name (`list`, `C`, `function`…). */
  type: string;
  /** Short repr (truncated to about 60 characters). */
  repr: string;
  /** ob_refcnt (4294967295 for immortal objects on 3.12). */
  refcount: number;
  /** True when the object is immortal (PEP 683) and never freed. */
  immortal: boolean;
  /** Names of the owners of every strong reference we can name ("global x", "list#12[0]", "frame f: a", "co_consts", "arena", "stack"). */
  referrers: string[];
  /** The object's outgoing references, in tp_traverse order. */
  refs: RefEdge[];
  /** Collector generation 0/1/2, 'permanent' when frozen, or null when not tracked. */
  generation: 0 | 1 | 2 | 'permanent' | null;
  /** gc.is_tracked(obj). */
  tracked: boolean;
  /** sys.getsizeof(obj). */
  size: number;
}

/** One frame of the call stack with its bindings. */
export interface FrameSnapshot {
  /** Stable frame id (serial per call). */
  id: number;
  /** Code name: `<module>`, function name, `<lambda>`. */
  name: string;
  /** Current line in this frame. */
  line: number;
  /** Name → object bindings in definition order (globals for `<module>`, locals and cells otherwise). */
  bindings: RefEdge[];
}

/** Collector state at a step. */
export interface GcSnapshot {
  counts: [number, number, number];
  thresholds: [number, number, number];
  enabled: boolean;
}

/** The complete visible state at one step. */
export interface Snapshot {
  step: number;
  line: number;
  /** Outermost first. */
  frames: FrameSnapshot[];
  /** Visible objects (reachable from the frames' bindings, up to the trace's object cap), keyed by stable id. */
  objects: Record<number, HeapObjectSnapshot>;
  /** Everything printed to stdout so far. */
  stdout: string;
  /** Everything printed to stderr so far. */
  stderr: string;
  gc: GcSnapshot;
}

/** What changed from step n-1 to step n. Applying every delta in order to a keyframe gives the snapshot. */
export interface SnapshotDelta {
  line: number;
  /** Present when any frame or binding changed: the whole frame list (it is small). */
  frames?: FrameSnapshot[];
  /** Objects that appeared or whose fields changed (full object records). */
  upserts?: HeapObjectSnapshot[];
  /** Stable ids of objects no longer visible (freed, or no longer reachable from a frame). */
  removed?: number[];
  /** Text appended to stdout / stderr since the previous step. */
  stdout?: string;
  stderr?: string;
  /** Present when the collector state changed. */
  gc?: GcSnapshot;
}

/** Why an object was freed. */
export type FreeCause = 'refcount' | 'gc' | 'freelist';

/** A heap or control event, tagged with the step during which it happened. */
export type TraceEvent =
  | { step: number; type: 'alloc'; obj: number; typeName: string; address: string; size: number }
  | { step: number; type: 'free'; obj: number; typeName: string; address: string; cause: FreeCause }
  | { step: number; type: 'incref' | 'decref'; obj: number; refcount: number; owner?: string; cause?: string }
  | { step: number; type: 'call'; name: string; line: number }
  | { step: number; type: 'return'; name: string; line: number }
  | { step: number; type: 'gc-start'; generation: number; counts: [number, number, number] }
  | { step: number; type: 'gc-stop'; generation: number; collected: number; uncollectable: number }
  | { step: number; type: 'exception'; excType: string; message: string; line: number };

/** One object as a collection saw it (only objects visible at the previous step or found unreachable). */
export interface GcPassObject {
  /** Stable object id. */
  id: number;
  /** update_refs: gc_refs = ob_refcnt. */
  refcount: number;
  /** subtract_refs: gc_refs after removing the references from inside the generation(s) collected. */
  gcRefs: number;
  /** move_unreachable: true when no outside reference reaches the object. */
  unreachable: boolean;
}

/** The passes of one collection, recomputed by the recorder when the collection starts. */
export interface GcCollectionRecord {
  /** Step tag, as in TraceEvent. */
  step: number;
  generation: number;
  /** Number of tracked objects examined (all of generations 0..generation). */
  examined: number;
  /** The objects the visualisation can show, in examination order (capped at 300). */
  objects: GcPassObject[];
  /** Ids of every object found unreachable (visible or not), capped at 300. */
  unreachable: number[];
  /** Records of unreachable objects not visible from any frame (so the UI can draw the cycle). */
  detached?: HeapObjectSnapshot[];
}

/** A recorded run. Steps are line events; snapshot k = keyframe at or before k + deltas after it. */
export interface Trace {
  version: typeof TRACE_FORMAT_VERSION;
  profile: string;
  filename: string;
  source: string;
  /** deltas[k] describes step k (deltas[0] is relative to an empty state). */
  deltas: SnapshotDelta[];
  /** Full snapshots every `keyframeInterval` steps (step 0, K, 2K, …). */
  keyframes: Snapshot[];
  keyframeInterval: number;
  events: TraceEvent[];
  /** The final state after the program ended (module dict not yet cleared). */
  final?: Snapshot;
  /** True when recording stopped early (maxTraceSteps reached); execution itself continued. */
  truncated: boolean;
  /** The passes of each collection while recording (optional; see FORMAT.md). */
  collections?: GcCollectionRecord[];
}
