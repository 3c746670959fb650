// Profile of CPython 3.14 on a 32-bit build (wasm32): Pyodide's CPython 3.14.2, the 3.14 oracle.
import type { Profile } from './types';
import { py314 } from './py314';

/**
 * CPython 3.14 on wasm32, as the npm package `pyodide` runs it: the 3.14 profile with 4-byte
 * pointers (every sys.getsizeof, sys.maxsize 2**31-1, 31-bit hash modulus, 32-bit C long) and the
 * 32-bit immortal reference count (Include/refcount.h: `_Py_STATIC_IMMORTAL_INITIAL_REFCNT
 * ((Py_ssize_t)(7L << 28))`), Emscripten's libc (ERANGE 68, "Result not representable") and the
 * FNV str hash Pyodide is configured with. The fidelity corpus checks the `.out314` records with it; it is
 * not offered in the UI.
 */
export const py314wasm32: Profile = {
  ...py314,
  name: '3.14-wasm32',
  version: '3.14.2 (main, Sep 14 2026, 03:03:51) [Clang 23.0.0git (https:/github.com/llvm/llvm-project e5927fecf8a6ce89e1a4eac5b8',
  immortalRefcnt: 1879048192,
  staticRefcnt: 1879048192,
  pointerSize: 4,
  // Pyodide runs with inspect and dont_write_bytecode set, and without UTF-8 mode
  sysFlags: { inspect: 1, dontWriteBytecode: 1, utf8Mode: 0, intMaxStrDigits: 4300 },
  platform: 'emscripten',
  implementation: { multiarch: 'wasm32-emscripten', supportsIsolatedInterpreters: false },
  erange: { errno: 68, strerror: 'Result not representable' },
  // Emscripten's errno numbers (Pyodide's `import errno`)
  errnoExceptions: [[2, 'PermissionError'], [6, 'BlockingIOError'], [7, 'BlockingIOError'], [12, 'ChildProcessError'], [13, 'ConnectionAbortedError'], [14, 'ConnectionRefusedError'], [15, 'ConnectionResetError'], [20, 'FileExistsError'], [26, 'BlockingIOError'], [27, 'InterruptedError'], [31, 'IsADirectoryError'], [44, 'FileNotFoundError'], [54, 'NotADirectoryError'], [63, 'PermissionError'], [64, 'BrokenPipeError'], [71, 'ProcessLookupError'], [73, 'TimeoutError'], [140, 'BrokenPipeError']],
  hashAlgorithm: 'fnv',
};
