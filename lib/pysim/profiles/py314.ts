// Profile of CPython 3.14 (64-bit values; 3.14.0-3.14.4 incremental collector thresholds), from CPYTHON-NOTES.md.
import type { Profile } from './types';

/** CPython 3.14: immortal refcount 3221225472, borrowed local loads, dicts tracked from creation. */
export const py314: Profile = {
  name: '3.14',
  version: '3.14.2 (main, May  9 2026, 07:50:00) [GCC 12.2.0]',
  versionInfo: [3, 14, 2, 'final', 0],
  gcThresholds: [2000, 10, 0],
  gcTiming: 'eval-breaker',
  immortal: true,
  immortalRefcnt: 3221225472,
  staticRefcnt: 3221225472,
  internedImmortal: false,
  dictTrackedFromCreation: true,
  borrowedLocalLoads: true,
  permanentAtStart: 0,
  // the incremental collector keeps no long_lived_total
  unmodelledLongLived: 0,
  smallIntMin: -5,
  smallIntMax: 256,
  freeLists: { float: 100, list: 80, dict: 80, tupleMaxLen: 20, tuplePerSize: 2000, smallInt: 100 },
  sizes: { strHeader: 41, instance: 48, function: 160, pointer: 8 },
  recursionLimit: 1000,
  constTuplesUntracked: false,
  tupleUntrackAtCreation: true,
  internOneCharSingletons: true,
  frameClearReverse: true,
  strWstrFields: false,
  messages: { unifiedZeroDivision: true, listIndexGeneric: true, slotsNoDict: true, setThresholdRange: true },
  shutdownGcFirst: true,
  stdoutPendingBuffer: false,
  printKwtupleOnFirstCall: false,
  comprehensionFunction: false,
  sumCompensated: true,
  gcStartupTracked: 20071,
  gcStartupRootReachable: 19200,
  gcVariant: 'incremental',
};
