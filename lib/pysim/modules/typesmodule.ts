// Models Lib/types.py and Lib/copyreg.py (CPython 3.12): the names Lib/copy.py needs.
import { Py_DECREF, TypeType } from '../objects/object';
import { EllipsisType, NoneType, NotImplementedType } from '../objects/singletons';
import { CFunctionType } from '../objects/methodobject';
import { CellType, CodeType, FunctionType, MethodType } from '../objects/funcobject';
import { ModuleType } from '../objects/moduleobject';
import { PyDict_New } from '../objects/dictobject';
import { GenType } from '../eval/genobject';
import { NamespaceType } from '../objects/namespaceobject';
import { GenericAliasType } from '../objects/genericaliasobject';
import { UnionType } from '../objects/unionobject';
import { makeModule } from './moduletools';
import type { PyModule } from '../objects/moduleobject';
import { newobjFunction } from './bltinmodule';
import { reconstructorFunction } from '../objects/reduce';

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
    MappingProxyType: TypeType, SimpleNamespace: NamespaceType, GenericAlias: GenericAliasType, UnionType,
  });
}

/** The copyreg module (dispatch_table and __newobj__). */
export function makeCopyregModule(): PyModule {
  const dt = PyDict_New();
  const m = makeModule('copyreg', { dispatch_table: dt, __newobj__: newobjFunction(), _reconstructor: reconstructorFunction });
  Py_DECREF(dt);
  return m;
}
