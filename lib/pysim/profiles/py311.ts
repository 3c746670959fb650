// Profile of CPython 3.11 (64-bit), from CPYTHON-NOTES.md (to be refined).
import type { Profile } from './types';

/** CPython 3.11: no immortal objects, gc runs inside the allocation. */
export const py311: Profile = {
  name: '3.11',
  version: '3.11.7 (main, May  9 2026, 07:30:00) [GCC 12.2.0]',
  versionInfo: [3, 11, 7, 'final', 0],
  gcThresholds: [700, 10, 10],
  gcTiming: 'allocation',
  immortal: false,
  immortalRefcnt: 999999999,
  staticRefcnt: 999999999,
  internedImmortal: false,
  dictTrackedFromCreation: false,
  borrowedLocalLoads: false,
  permanentAtStart: 0,
  smallIntMin: -5,
  smallIntMax: 256,
  freeLists: { float: 100, list: 80, dict: 80, tupleMaxLen: 20, tuplePerSize: 2000, smallInt: 0 },
  sizes: { strHeader: 49, instance: 56, function: 152, pointer: 8 },
  recursionLimit: 1000,
  constTuplesUntracked: false,
  tupleUntrackAtCreation: false,
  internOneCharSingletons: false,
  frameClearReverse: false,
  strWstrFields: true,
  messages: { unifiedZeroDivision: false, listIndexGeneric: false, slotsNoDict: false, setThresholdRange: false },
  shutdownGcFirst: true,
  sumCompensated: false,
  gcStartupTracked: 0,
  gcStartupRootReachable: 0,
  gcVariant: 'generational',
};
