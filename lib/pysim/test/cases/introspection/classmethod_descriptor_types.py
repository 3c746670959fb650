# METH_CLASS methods of builtin types are classmethod_descriptors; looked up, they bind to the class
def masked(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + ' at 0x?>'

for t, name in ((dict, 'fromkeys'), (bytes, 'fromhex'), (bytearray, 'fromhex'), (int, 'from_bytes'),
                (float, 'fromhex'), (float, '__getformat__'), (object, '__init_subclass__'),
                (object, '__subclasshook__'), (type, '__prepare__'), (list, '__class_getitem__'),
                (dict, '__class_getitem__'), (tuple, '__class_getitem__'), (set, '__class_getitem__')):
    d = t.__dict__[name]
    print(type(d).__name__, d, d.__name__, d.__qualname__, d.__objclass__ is t)
    b = getattr(t, name)
    print(' ', type(b).__name__, masked(b), b.__self__ is t, b.__name__, b.__qualname__, b.__module__)
print(type(int.__dict__['from_bytes']) is type(dict.__dict__['fromkeys']))
print(type(dict.__dict__['fromkeys']) is type(dict.__dict__['keys']))
print(type(dict.__dict__['fromkeys']).__mro__)
print(masked({}.fromkeys), {}.fromkeys.__self__)
print((1).from_bytes.__self__, True.from_bytes.__self__, True.from_bytes.__qualname__)
print(dict.fromkeys == dict.fromkeys, dict.fromkeys is dict.fromkeys, dict.fromkeys == {}.fromkeys)
print(dict.fromkeys.__reduce__(), {}.fromkeys.__reduce__())
print(sorted(set(dir(dict.__dict__['fromkeys'])) - set(dir(object))))
print(sorted(set(dir(dict.fromkeys)) - set(dir(object))))
print(callable(dict.__dict__['fromkeys']), masked(dict.__dict__['fromkeys'].__call__))
print('from_number' in float.__dict__, type(float.__dict__.get('from_number')).__name__)
