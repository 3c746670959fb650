// heaplab's version profiles: every CPython difference the simulator models is a field here.

/** Names of the CPython versions heaplab models. */
export type ProfileName = '3.11' | '3.12' | '3.13' | '3.14';

/** Everything that differs between CPython versions (64-bit builds). */
export interface Profile {
  name: ProfileName;
  /** sys.version string. */
  version: string;
  versionInfo: [number, number, number, string, number];
  /** gc.get_threshold() at start. */
  gcThresholds: [number, number, number];
  /** 'eval-breaker': collect at the next eval-breaker check (3.12+); 'allocation': inside the allocating call (3.11). */
  gcTiming: 'eval-breaker' | 'allocation';
  /** Immortal objects (PEP 683) exist. */
  immortal: boolean;
  /** ob_refcnt shown for immortal objects (4294967295 on 3.12/3.13, 3221225472 on 3.14). */
  immortalRefcnt: number;
  /** Initial refcount of static objects when not immortal (3.11: 999999999). */
  staticRefcnt: number;
  /** Interned strings are immortal. */
  internedImmortal: boolean;
  /** Dicts are gc-tracked from creation (3.14) rather than lazily. */
  dictTrackedFromCreation: boolean;
  /** Loading a local pushes a borrowed reference (3.14: getrefcount of a local is one lower). */
  borrowedLocalLoads: boolean;
  /** Frozen (permanent generation) object count at start (3.12: 375). */
  permanentAtStart: number;
  smallIntMin: number;
  smallIntMax: number;
  freeLists: { float: number; list: number; dict: number; tupleMaxLen: number; tuplePerSize: number; smallInt: number };
  sizes: {
    strHeader: number; /** sizeof('') for ASCII */
    instance: number; /** class C: pass instance */
    function: number;
    pointer: number;
  };
  recursionLimit: number;
}
