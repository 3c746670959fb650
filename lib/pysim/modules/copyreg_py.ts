// Lib/copyreg.py of CPython 3.11 and 3.12+ (3.13 and 3.14 have 3.12's file), verbatim up to the
// registration of pickle_union: its functions pickle() and constructor() and the two entries of
// dispatch_table; the rest (_reconstructor, __newobj__, _reduce_ex...) is builtin in heaplab
// (objects/reduce.ts). Sources (c) Python Software Foundation, PSF License.

/** The head of Lib/copyreg.py of CPython 3.11. */
const COPYREG_HEAD_PY_311 = `"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}

def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function

    # The constructor_ob function is a vestige of safe for unpickling.
    # There is no reason for the caller to pass it anymore.
    if constructor_ob is not None:
        constructor(constructor_ob)

def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")

# Example: provide pickling support for complex numbers.

try:
    complex
except NameError:
    pass
else:

    def pickle_complex(c):
        return complex, (c.real, c.imag)

    pickle(complex, pickle_complex, complex)

def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)

pickle(type(int | str), pickle_union)
`;

/** The head of Lib/copyreg.py of CPython 3.12 (the same in 3.13 and 3.14). */
const COPYREG_HEAD_PY_312 = `"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}

def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function

    # The constructor_ob function is a vestige of safe for unpickling.
    # There is no reason for the caller to pass it anymore.
    if constructor_ob is not None:
        constructor(constructor_ob)

def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")

# Example: provide pickling support for complex numbers.

def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)

def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)

pickle(type(int | str), pickle_union)
`;

/** The head of Lib/copyreg.py of CPython 3.`minor`, run in the copyreg module when it is imported. */
export function copyregHeadSource(minor: number): string {
  return minor <= 11 ? COPYREG_HEAD_PY_311 : COPYREG_HEAD_PY_312;
}
