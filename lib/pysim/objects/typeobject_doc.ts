// Models the `__doc__` entry type_ready puts in every static builtin type's dict
// (type_dict_set_doc in Objects/typeobject.c): the type's tp_doc as a str, or None without one.
// Only object's docstring is modelled; the other static types answer None.
import { IMMORTAL_REFCNT, ObjectType, PyObject, PyType, staticAddr } from './object';
import { PyStr } from './unicodeobject';
import { None } from './singletons';

/** object_doc (Objects/typeobject.c, the same in 3.11-3.13). */
const OBJECT_DOC = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n' +
  'instance that has no instance attributes and cannot be given any.\n';

/**
 * type_dict_set_doc for a static type, done on its first `__doc__` lookup: the entry (borrowed),
 * or null for a type whose instances answer `__doc__` themselves (tp_getattr_extra: functions,
 * whose __doc__ is a member of the type in CPython), so the lookup stops there.
 */
export function staticTypeDoc(t: PyType): PyObject | null {
  let v = t.methods.get('__doc__');
  if (v === undefined) {
    if (t.tp_getattr_extra !== null) return null;
    if (t === ObjectType) {
      v = new PyStr(OBJECT_DOC);
      v.ob_refcnt = IMMORTAL_REFCNT;
      staticAddr(v, 48 + OBJECT_DOC.length + 1);
    } else {
      v = None;
    }
    t.methods.set('__doc__', v);
  }
  return v;
}
