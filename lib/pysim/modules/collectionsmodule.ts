// Models the `_collections` extension module (Modules/_collectionsmodule.c) and the part of
// Lib/collections/__init__.py heaplab simulates: `deque`, `defaultdict` and `OrderedDict`, which the
// package imports from `_collections` (OrderedDict is Objects/odictobject.c's). The package's other
// public names (Counter, namedtuple,
// ChainMap, UserDict, UserList, UserString) are not simulated: reaching for one raises an
// ImportError that says so (PyModule.missingAttr), never a wrong result.
import { excTypes, pyErr } from '../objects/exceptions';
import type { PyModule } from '../objects/moduleobject';
import { makeModule } from './moduletools';
import { DequeType } from './_collectionsmodule';
import { DequeIterType, DequeRevIterType } from './_collectionsmodule_deque';
import { DefaultDictType } from './_collectionsmodule_defaultdict';
import { ODictType } from '../objects/odictobject';

/** The public names of CPython's collections package that heaplab does not simulate. */
export const UNSIMULATED_COLLECTIONS = ['ChainMap', 'Counter', 'UserDict', 'UserList', 'UserString', 'namedtuple'];

/** The `_collections` module: deque, defaultdict and the deque iterator types. */
export function make_collectionsModule(): PyModule {
  return makeModule('_collections', {
    deque: DequeType, defaultdict: DefaultDictType, OrderedDict: ODictType, _deque_iterator: DequeIterType, _deque_reverse_iterator: DequeRevIterType,
  });
}

/** The `collections` module: deque and defaultdict; the unsimulated names raise ImportError. */
export function makeCollectionsModule(): PyModule {
  const m = makeModule('collections', { deque: DequeType, defaultdict: DefaultDictType, OrderedDict: ODictType });
  m.missingAttr = (name) => {
    if (UNSIMULATED_COLLECTIONS.includes(name)) throw pyErr(excTypes.get('ImportError')!, `heaplab does not simulate collections.${name} yet`);
  };
  return m;
}
