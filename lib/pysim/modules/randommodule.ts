// Models Lib/random.py: the module is CPython's own source of each version (random_py.ts, generated
// by scripts/gen-random-py.py), run by the simulator line for line over heaplab's _random
// (_randommodule.ts). The names it imports from modules heaplab does not simulate (warnings, os,
// _collections_abc) are put in the module before the file runs: `_urandom` natively
// (RANDOM_NATIVE_NAMES), the others by RANDOM_PRELUDE_PY.
import type { CFunc } from '../objects/object';
import { PyBytes_From } from '../objects/bytesobject';
import { valueError } from '../objects/exceptions';
import { withSignature } from '../objects/argcheck';
import { asIndex } from '../abstract';
import { urandomFill } from './_randommodule';

/** os.urandom(size) (posixmodule.c): `size` random bytes from the platform's source. */
const os_urandom: CFunc = withSignature('urandom', 'urandom', ['clinic', 1, 1], false, (_s, a) => {
  const n = asIndex(a[0]);
  if (n < 0) throw valueError('negative argument not allowed');
  const buf = new Uint8Array(n);
  urandomFill(buf);
  return PyBytes_From(buf);
});

/** The native names random.py gets before it runs, by the name it binds them to. */
export const RANDOM_NATIVE_NAMES: Record<string, { fn: CFunc; name: string; module: string }> = {
  _urandom: { fn: os_urandom, name: 'urandom', module: 'posix' },
};

/**
 * What Lib/random.py imports from warnings, os and _collections_abc, defined before the file runs:
 * `_warn` is reached only by 3.11's deprecated randrange arguments; `_os` has no `fork` (as under
 * Pyodide), so no at-fork hook is registered; `_Sequence` (and 3.11's unused `_Set`) are the
 * builtin types registered with those ABCs, as a tuple isinstance() accepts (heaplab has no ABCMeta).
 */
export const RANDOM_PRELUDE_PY = `
def _warn(message, category=None, stacklevel=1, source=None):
    raise NotImplementedError('heaplab does not simulate warnings.warn yet')

class _os:
    pass

_Sequence = (tuple, str, range, list, bytes, bytearray)
_Set = (set, frozenset)
`;

