# deleting or replacing a function's attributes: each has its own rule (func_getsetlist,
# func_memberlist, PyObject_GenericSetDict)
def fn(a=1):
    'doc'
    return a
fn.custom = 1
for attr in ['__defaults__', '__doc__', '__name__', '__code__', '__dict__', '__kwdefaults__',
             'custom', '__globals__', '__closure__', '__builtins__', 'nothing']:
    try:
        delattr(fn, attr)
        print(attr, 'deleted', repr(getattr(fn, attr, 'missing'))[:30])
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
for attr, val in [('__globals__', {}), ('__dict__', 5), ('__dict__', {'a': 1}), ('__code__', 5)]:
    try:
        setattr(fn, attr, val)
        print(attr, 'set')
    except (TypeError, AttributeError) as e:
        print(attr, type(e).__name__, e)
print(fn.a, vars(fn))
