// Profile of CPython 3.13 (64-bit), from CPYTHON-NOTES.md (to be refined).
import type { Profile } from './types';

/** CPython 3.13: threshold 2000, interned strings mortal again. */
export const py313: Profile = {
  name: '3.13',
  version: '3.13.0 (main, May  9 2026, 07:40:00) [GCC 12.2.0]',
  versionInfo: [3, 13, 0, 'final', 0],
  gcThresholds: [2000, 10, 10],
  gcTiming: 'eval-breaker',
  immortal: true,
  immortalRefcnt: 4294967295,
  staticRefcnt: 4294967295,
  internedImmortal: false,
  dictTrackedFromCreation: false,
  borrowedLocalLoads: false,
  permanentAtStart: 0,
  smallIntMin: -5,
  smallIntMax: 256,
  freeLists: { float: 100, list: 80, dict: 80, tupleMaxLen: 20, tuplePerSize: 2000, smallInt: 0 },
  sizes: { strHeader: 41, instance: 48, function: 160, pointer: 8 },
  recursionLimit: 1000,
  constTuplesUntracked: false,
  tupleUntrackAtCreation: false,
  internOneCharSingletons: true,
  frameClearReverse: false,
  strWstrFields: false,
  messages: { unifiedZeroDivision: false, listIndexGeneric: false, slotsNoDict: true, setThresholdRange: true },
  shutdownGcFirst: false,
  sumCompensated: true,
  gcStartupTracked: 0,
  gcStartupRootReachable: 0,
  gcVariant: 'generational',
};
