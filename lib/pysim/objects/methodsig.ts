// Models the argument checks CPython's builtin methods make before they run (Objects/methodobject.c
// METH_NOARGS / METH_O, Python/getargs.c _PyArg_CheckPositional and PyArg_ParseTuple, and
// _PyArg_NoKeywords), with their messages as CPython 3.12 prints them: "str.upper() takes no
// arguments (1 given)", "list.append() takes exactly one argument (0 given)", "center expected at
// least 1 argument, got 0", "count() takes at most 3 arguments (5 given)", "str.center() takes no
// keyword arguments". Each listed method is wrapped once (objects/argcheck.ts), so its body can
// rely on its arguments.
import { ObjectType, PyType, TypeType } from './object';
import { StrType } from './unicodeobject';
import { ListType } from './listobject';
import { DictType } from './dictobject';
import { SetType, FrozenSetType } from './setobject';
import { TupleType } from './tupleobject';
import { LongType } from './longobject';
import { FloatType } from './floatobject';
import { PyMethodDescr, defMethod } from './methodobject';
import { ByteArrayType } from './bytesobject';
import { Sig, checkKeywords, withSignature } from './argcheck';
import { RT } from './object';
import { typeError } from './exceptions';

/** Wraps `t`'s method `name` with its argument check. */
function sign(t: PyType, name: string, sig: Sig, kw = false): void {
  const d = t.methods.get(name);
  if (d instanceof PyMethodDescr) d.fn = withSignature(`${t.name}.${name}`, name, sig, kw, d.fn);
}

const NOARGS: Sig = 'noargs';
const O: Sig = 'o';

for (const m of ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit',
  'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']) sign(StrType, m, NOARGS);
for (const m of ['partition', 'rpartition', 'removeprefix', 'removesuffix', 'join', 'format_map', 'zfill', 'translate']) sign(StrType, m, O);
for (const m of ['center', 'ljust', 'rjust']) sign(StrType, m, ['clinic', 1, 2]);
for (const m of ['strip', 'lstrip', 'rstrip']) sign(StrType, m, ['clinic', 0, 1]);
{
  // replace gained its `count` keyword in 3.13: "replace() takes at least 2 positional arguments (0 given)"
  const d = StrType.methods.get('replace') as PyMethodDescr;
  const old = withSignature('str.replace', 'replace', ['clinic', 2, 3], false, d.fn), fn = d.fn;
  d.fn = (self, args, kw) => {
    if (!RT.profile.messages.clinicStrMethods) return old(self, args, kw);
    const n = args.length - (kw ? kw.length : 0);
    if (n < 2) throw typeError(`replace() takes at least 2 positional arguments (${n} given)`);
    if (args.length > 3) throw typeError(`replace() takes at most 3 arguments (${args.length} given)`);
    checkKeywords('replace', kw, ['count']);
    return fn(self, args, null);
  };
}
for (const m of ['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith']) {
  // PyArg_ParseTuple until 3.12, Argument Clinic from 3.13
  const d = StrType.methods.get(m);
  if (!(d instanceof PyMethodDescr)) continue;
  const old = withSignature(`str.${m}`, m, ['tuple', 1, 3], false, d.fn), clinic = withSignature(`str.${m}`, m, ['clinic', 1, 3], false, d.fn);
  d.fn = (self, args, kw) => (RT.profile.messages.clinicStrMethods ? clinic : old)(self, args, kw);
}
for (const [m, max, kws] of [['split', 2, ['sep', 'maxsplit']], ['rsplit', 2, ['sep', 'maxsplit']], ['splitlines', 1, ['keepends']],
  ['expandtabs', 1, ['tabsize']], ['encode', 2, ['encoding', 'errors']]] as const) {
  const d = StrType.methods.get(m);
  if (!(d instanceof PyMethodDescr)) continue;
  const fn = withSignature(`str.${m}`, m, ['tuple', 0, max], true, d.fn);
  d.fn = (self, args, kw) => {
    checkKeywords(m, kw, kws);
    return fn(self, args, kw);
  };
}

// the types with a __sizeof__ of their own (int___sizeof__, list___sizeof__, dict_sizeof …): object's
// figure, under the type's name and METH_NOARGS ("list.__sizeof__() takes no arguments (1 given)")
{
  const objectSizeof = ObjectType.methods.get('__sizeof__') as PyMethodDescr;
  for (const t of [LongType, StrType, ByteArrayType, ListType, DictType, SetType, FrozenSetType, TypeType]) defMethod(t, '__sizeof__', objectSizeof.fn);
  for (const t of [ObjectType, LongType, StrType, ByteArrayType, ListType, DictType, SetType, FrozenSetType, TypeType]) sign(t, '__sizeof__', NOARGS);
}
for (const m of ['clear', 'copy', 'reverse', '__reversed__']) sign(ListType, m, NOARGS);
for (const m of ['append', 'count', 'extend', 'remove']) sign(ListType, m, O);
sign(ListType, 'index', ['clinic', 1, 3]);
sign(ListType, 'insert', ['clinic', 2, 2]);
sign(ListType, 'pop', ['clinic', 0, 1]);

for (const m of ['clear', 'copy', 'items', 'keys', 'values', 'popitem']) sign(DictType, m, NOARGS);
for (const m of ['get', 'pop', 'setdefault', 'fromkeys']) sign(DictType, m, ['clinic', 1, 2]);

for (const t of [SetType, FrozenSetType]) {
  for (const m of ['clear', 'copy', 'pop']) sign(t, m, NOARGS);
  for (const m of ['add', 'discard', 'remove', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'symmetric_difference_update']) sign(t, m, O);
  for (const m of ['difference', 'difference_update', 'intersection', 'intersection_update', 'union', 'update']) sign(t, m, 'varargs');
}

/** Puts the METH_NOARGS check on the methods of int and float (number_methods.ts calls it once they are all defined). */
export function signNumberMethods(): void {
  for (const m of ['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', '__getnewargs__', '__trunc__', '__floor__', '__ceil__']) sign(LongType, m, NOARGS);
  for (const m of ['hex', 'is_integer', 'as_integer_ratio', 'conjugate', '__getnewargs__', '__trunc__', '__floor__', '__ceil__']) sign(FloatType, m, NOARGS);
}

sign(TupleType, 'count', O);
sign(TupleType, 'index', ['clinic', 1, 3]);
