// Profile of CPython 3.12 (64-bit), measured on 3.12.1.
import type { Profile } from './types';

/** CPython 3.12 (the default profile). */
export const py312: Profile = {
  name: '3.12',
  version: '3.12.1 (main, May  9 2026, 07:36:11) [GCC 12.2.0]',
  versionInfo: [3, 12, 1, 'final', 0],
  gcThresholds: [700, 10, 10],
  gcTiming: 'eval-breaker',
  immortal: true,
  immortalRefcnt: 4294967295,
  staticRefcnt: 4294967295,
  internedImmortal: true,
  dictTrackedFromCreation: false,
  borrowedLocalLoads: false,
  permanentAtStart: 375,
  smallIntMin: -5,
  smallIntMax: 256,
  freeLists: { float: 100, list: 80, dict: 80, tupleMaxLen: 20, tuplePerSize: 2000, smallInt: 0 },
  sizes: { strHeader: 41, instance: 48, function: 160, pointer: 8 },
  recursionLimit: 1000,
  constTuplesUntracked: true,
  tupleUntrackAtCreation: false,
  internOneCharSingletons: false,
  frameClearReverse: false,
  strWstrFields: false,
  messages: { unifiedZeroDivision: false, listIndexGeneric: false, slotsNoDict: false, setThresholdRange: false },
  shutdownGcFirst: false,
  sumCompensated: true,
  gcStartupTracked: 0,
  gcStartupRootReachable: 0,
  gcVariant: 'generational',
};
