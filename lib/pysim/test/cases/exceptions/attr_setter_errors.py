# BaseException's getset descriptors reject what CPython's setters reject, with its messages
e = ValueError('x')
for name, value in [('__cause__', 5), ('__context__', 'ctx'), ('__traceback__', 5),
                    ('args', 5), ('__suppress_context__', 1), ('__dict__', [])]:
    try:
        setattr(e, name, value)
        print(name, 'set')
    except TypeError as err:
        print(name, err)
try:
    e.__cause__ = ValueError  # a class is not instantiated here, unlike `raise ... from`
except TypeError as err:
    print('class', err)
print(e.__cause__, e.__context__, e.__traceback__, e.args, e.__suppress_context__)
