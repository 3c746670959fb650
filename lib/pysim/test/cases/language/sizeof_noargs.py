# __sizeof__ of the types that have their own (METH_NOARGS, named after the type), int.is_integer's
# argument check (3.12+), list.sort's reverse on 3.11, and a shift too large to allocate.
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for expr in ["object().__sizeof__(1)", "(1).__sizeof__(2)", "'a'.__sizeof__(1)", "bytearray().__sizeof__(1)", "{}.__sizeof__(1)", "set().__sizeof__(1)", "frozenset().__sizeof__(1)", "int.__sizeof__(int)", "'__sizeof__' in list.__dict__", "'__sizeof__' in tuple.__dict__", "type.__sizeof__(int) > 0", "(True).__sizeof__()", "bytearray(b'ab').__sizeof__()"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
