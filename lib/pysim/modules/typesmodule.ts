// Models Lib/types.py and Lib/copyreg.py (CPython 3.12): the names Lib/copy.py needs.
import { EllipsisType, NoneType, NotImplementedType } from '../objects/singletons';
import { CFunctionType } from '../objects/methodobject';
import { CellType, CodeType, FunctionType, MethodType } from '../objects/funcobject';
import { ModuleType } from '../objects/moduleobject';
import { PyDict } from '../objects/dictobject';
import { MappingProxyType, PyDictProxy_New } from '../objects/descrobject';
import { ListType } from '../objects/listobject';
import { TupleType } from '../objects/tupleobject';
import { NotImplementedErrorType, pyErr, typeError } from '../objects/exceptions';
import { lookupHeap } from '../objects/typeobject';
import { clinicArgs } from './bltinmodule';
import { GenType } from '../eval/genobject';
import { NamespaceType } from '../objects/namespaceobject';
import { GenericAliasType } from '../objects/genericaliasobject';
import { UnionType } from '../objects/unionobject';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';
import { newobjFunction } from './bltinmodule';
import { reconstructorFunction } from '../objects/reduce';

// mappingproxy_new (Objects/descrobject.c): a read-only view of a mapping; heaplab's proxies
// show dicts (and their subclasses), which is what they are made over in practice
MappingProxyType.tp_new = (_t, args, kw) => {
  const [mapping] = clinicArgs('mappingproxy', args, kw, ['mapping'], 0, 1);
  const m = mapping!;
  if (m instanceof PyDict) return PyDictProxy_New(m);
  const t = m.ob_type;
  if (t === ListType || t === TupleType || t.isSubtype(ListType) || t.isSubtype(TupleType) || lookupHeap(t, '__getitem__') === null) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${t.tp_name}`);
  }
  throw pyErr(NotImplementedErrorType, `heaplab does not simulate a mappingproxy over a '${t.tp_name}' object yet (only over a dict)`);
};

MethodType.tp_new = (_t, args) => {
  const { PyMethod_New } = funcMod;
  return PyMethod_New(args[0], args[1]);
};
import * as funcMod from '../objects/funcobject';

/** The types module. */
export function makeTypesModule(): PyModule {
  return makeModule('types', {
    NoneType, EllipsisType, NotImplementedType, FunctionType, LambdaType: FunctionType, CodeType, MethodType,
    BuiltinFunctionType: CFunctionType, BuiltinMethodType: CFunctionType, ModuleType, CellType, GeneratorType: GenType,
    MappingProxyType, SimpleNamespace: NamespaceType, GenericAlias: GenericAliasType, UnionType,
  });
}

/** The builtin part of the copyreg module (__newobj__, _reconstructor); Lib/copyreg.py's head (modules/copyreg_py.ts) runs in it. */
export function makeCopyregModule(): PyModule {
  return makeModule('copyreg', { __newobj__: newobjFunction(), _reconstructor: reconstructorFunction });
}
