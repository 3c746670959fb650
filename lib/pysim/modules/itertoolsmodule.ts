// Models Modules/itertoolsmodule.c (CPython 3.11-3.14): the itertools module, the types'
// creation through _PyObject_MakeTpCall and the __reduce__ of 3.11-3.13. The types are in
// itertoolsmodule_infinite.ts (count, cycle, repeat), itertoolsmodule_chain.ts (accumulate, chain,
// compress, dropwhile, takewhile, filterfalse, starmap), itertoolsmodule_slice.ts (islice, pairwise,
// zip_longest, batched), itertoolsmodule_groupby.ts, itertoolsmodule_tee.ts and
// itertoolsmodule_combinatorics.ts (product, permutations, combinations, combinations_with_replacement).
import { PyObject } from '../objects/object';
import { LongType, PyLong, PyLong_From } from '../objects/longobject';
import { PyTuple_New } from '../objects/tupleobject';
import { defMethodUntil } from '../objects/methodobject';
import { typeError } from '../objects/exceptions';
import { makeModule } from './moduletools';
import { makeTpCall } from '../objects/call_args';
import type { PyModule } from '../objects/moduleobject';
import { PyItertool, minor, ref } from './itertoolsmodule_type';
import { CountType, CycleType, RepeatType } from './itertoolsmodule_infinite';
import { AccumulateType, ChainType, CompressType, DropwhileType, FilterfalseType, StarmapType, TakewhileType } from './itertoolsmodule_chain';
import { BatchedType, IsliceType, PairwiseType, ZipLongestType } from './itertoolsmodule_slice';
import { GroupbyType, GrouperType } from './itertoolsmodule_groupby';
import { TeeType, teeFunction } from './itertoolsmodule_tee';
import { CombinationsType, CwrType, PermutationsType, ProductType } from './itertoolsmodule_combinatorics';

// 3.11-3.13: count and repeat pickle (copy.copy uses __reduce__; 3.12 and 3.13 warn with a
// DeprecationWarning that the default filters hide); 3.14 removed pickling of itertools objects.
defMethodUntil(14, CountType, '__reduce__', (self) => {
  const [cnt, step] = (self as PyItertool).f;
  const isOne = step!.ob_type === LongType && (step as PyLong).v === 1;
  return PyTuple_New([ref(CountType), PyTuple_New(isOne ? [ref(cnt!)] : [ref(cnt!), ref(step!)])]);
});
defMethodUntil(14, RepeatType, '__reduce__', (self) => {
  const r = self as PyItertool;
  const args = r.n[0] === -1 ? [ref(r.f[0]!)] : [ref(r.f[0]!), PyLong_From(r.n[0])];
  return PyTuple_New([ref(RepeatType), PyTuple_New(args)]);
});
// the other types' __reduce__ (3.11-3.13) is not modelled: copying them says so rather than
// falling back on object.__reduce_ex__, which would refuse with a message CPython does not print
for (const T of [CycleType, AccumulateType, ChainType, CompressType, DropwhileType, TakewhileType, FilterfalseType, StarmapType, IsliceType, ZipLongestType, GroupbyType, GrouperType, ProductType, PermutationsType, CombinationsType, CwrType]) {
  defMethodUntil(14, T, '__reduce__', () => {
    throw typeError(`heaplab does not simulate pickling or copying ${T.tp_name} objects yet`);
  });
}

// The types have no vectorcall: calling one goes through _PyObject_MakeTpCall, whose argument
// tuple and keywords dict live for the duration of tp_new (chain's source iterates that tuple)
for (const T of [CountType, CycleType, RepeatType, AccumulateType, CompressType, DropwhileType, TakewhileType, FilterfalseType, StarmapType, IsliceType, PairwiseType, ZipLongestType, BatchedType, GroupbyType, TeeType, ProductType, PermutationsType, CombinationsType, CwrType]) {
  const inner = T.tp_new!;
  T.tp_new = (t, args, kw) => makeTpCall(args, kw, () => inner(t, args, kw));
}

/** The itertools module of CPython 3.`minor` (batched from 3.12 on). */
export function makeItertoolsModule(): PyModule {
  const m = minor();
  const attrs: Record<string, PyObject> = {
    accumulate: AccumulateType, chain: ChainType, combinations: CombinationsType,
    combinations_with_replacement: CwrType, compress: CompressType, count: CountType, cycle: CycleType,
    dropwhile: DropwhileType, filterfalse: FilterfalseType, groupby: GroupbyType, islice: IsliceType,
    pairwise: PairwiseType, permutations: PermutationsType, product: ProductType, repeat: RepeatType,
    starmap: StarmapType, takewhile: TakewhileType, tee: teeFunction(), zip_longest: ZipLongestType,
    _grouper: GrouperType, _tee: TeeType,
  };
  if (m >= 12) attrs.batched = BatchedType;
  return makeModule('itertools', attrs);
}
