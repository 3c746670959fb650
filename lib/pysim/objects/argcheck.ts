// The argument checks of CPython's builtin functions and methods (Objects/methodobject.c
// METH_NOARGS / METH_O, Python/getargs.c _PyArg_CheckPositional, PyArg_ParseTuple and
// _PyArg_NoKeywords) with CPython's messages; objects/methodsig.ts applies them to methods.
import { CFunc, PyObject, RT } from './object';
import { typeError } from './exceptions';
import { calculate_suggestions } from '../modules/suggestions';

/**
 * How a method takes its arguments: 'noargs' (METH_NOARGS), 'o' (METH_O), ['clinic', min, max]
 * (Argument Clinic's positional check), ['tuple', min, max] (PyArg_ParseTuple), or 'varargs'
 * (any number of positional arguments). `kw` marks methods that accept keywords (checked by the
 * method itself); every other listed method refuses them.
 */
export type Sig = 'noargs' | 'o' | 'varargs' | ['clinic' | 'tuple', number, number];

const plural = (n: number) => (n === 1 ? '' : 's');

/** The TypeError for `n` positional arguments, or null when `n` fits. */
export function arityError(sig: Sig, qual: string, name: string, n: number): string | null {
  if (sig === 'varargs') return null;
  if (sig === 'noargs') return n === 0 ? null : `${qual}() takes no arguments (${n} given)`;
  if (sig === 'o') return n === 1 ? null : `${qual}() takes exactly one argument (${n} given)`;
  const [kind, min, max] = sig;
  if (n >= min && n <= max) return null;
  if (kind === 'tuple') {
    return n < min ? `${name}() takes at least ${min} argument${plural(min)} (${n} given)` : `${name}() takes at most ${max} argument${plural(max)} (${n} given)`;
  }
  if (min === max) return `${name} expected ${min} argument${plural(min)}, got ${n}`;
  return n < min ? `${name} expected at least ${min} argument${plural(min)}, got ${n}` : `${name} expected at most ${max} argument${plural(max)}, got ${n}`;
}

/**
 * `fn` behind its argument check: `qual` names it in METH_NOARGS / METH_O / keyword messages
 * ("str.upper", "callable"), `name` in the others ("center").
 */
/** _PyArg_BadArgument's name for what was passed: "None" for None, else the type's name. */
export function argTypeName(o: PyObject): string {
  return o.ob_type.name === 'NoneType' ? 'None' : o.ob_type.name;
}

/**
 * The TypeError for keyword `name` that `func` does not take: "'x' is an invalid keyword argument
 * for split()" (3.11, 3.12), "split() got an unexpected keyword argument 'x'" (3.13+), which
 * getargs.c's error_unexpected_keyword_arg ends with ". Did you mean 'sep'?" when one of the
 * keywords `func` does take (`allowed`) is close (_Py_CalculateSuggestions).
 */
export function badKeyword(func: string, name: string, allowed: readonly string[] = []): string {
  if (!RT.profile.messages.clinicStrMethods) return `'${name}' is an invalid keyword argument for ${func}()`;
  const suggestion = allowed.length ? calculate_suggestions(allowed.slice(), name) : null;
  return suggestion === null ? `${func}() got an unexpected keyword argument '${name}'` : `${func}() got an unexpected keyword argument '${name}'. Did you mean '${suggestion}'?`;
}

/** Throws for a keyword of `kwnames` that is not in `allowed` (the method `func` takes those keywords only). */
export function checkKeywords(func: string, kwnames: string[] | null, allowed: readonly string[]): void {
  if (kwnames) for (const k of kwnames) if (!allowed.includes(k)) throw typeError(badKeyword(func, k, allowed));
}

export function withSignature(qual: string, name: string, sig: Sig, kw: boolean, fn: CFunc): CFunc {
  // the positional counts that need no message, checked first (a call that fits costs two compares)
  const min = sig === 'noargs' || sig === 'varargs' ? 0 : sig === 'o' ? 1 : sig[1];
  const max = sig === 'noargs' ? 0 : sig === 'o' ? 1 : sig === 'varargs' ? Infinity : sig[2];
  return (self, args, kwnames) => {
    if (kwnames === null && args.length >= min && args.length <= max) return fn(self, args, kwnames);
    const nkw = kwnames ? kwnames.length : 0;
    if (nkw && !kw) throw typeError(`${qual}() takes no keyword arguments`);
    const err = arityError(sig, qual, name, args.length - nkw);
    if (err !== null) throw typeError(err);
    return fn(self, args, kwnames);
  };
}

/**
 * The keyword-only parameters `kwlist` of `func` given as `kws` (name → value, in call order):
 * getargs.c's "func() takes at most 2 keyword arguments (3 given)" when there are more keywords
 * than parameters, else the first keyword `func` does not take is refused (badKeyword).
 */
export function checkKeywordOnly(func: string, kwlist: readonly string[], kws: ReadonlyMap<string, unknown>): void {
  if (kws.size > kwlist.length) {
    throw typeError(`${func}() takes at most ${kwlist.length} keyword argument${plural(kwlist.length)} (${kws.size} given)`);
  }
  for (const k of kws.keys()) if (!kwlist.includes(k)) throw typeError(badKeyword(func, k, kwlist));
}
