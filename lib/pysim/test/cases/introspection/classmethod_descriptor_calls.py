# Calling a classmethod_descriptor: through the class, an instance, a subclass, __get__, or the raw descriptor
def masked(o):
    r = repr(o)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + ' at 0x?>'

def attempt(label, f):
    try:
        print(label, masked(f()))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

class D(dict):
    pass
class B(bytes):
    pass
class I(int):
    pass
d = dict.__dict__['fromkeys']
print(type(D.fromkeys('ab')).__name__, type(D().fromkeys('ab')).__name__, D.fromkeys.__self__ is D)
print(D.fromkeys.__qualname__, type(B.fromhex('41')).__name__, type(I.from_bytes(b'\x01', 'big')).__name__)
print(type(super(D, D).fromkeys('x')).__name__, type(super(D, D()).fromkeys('x')).__name__)
attempt('call', lambda: d(dict, 'ab'))
attempt('call D', lambda: type(d(D, 'ab')).__name__)
attempt('call list', lambda: d(list, 'a'))
attempt('call int', lambda: d(1, 'a'))
attempt('call none', lambda: d())
attempt('call kw', lambda: d(dict, 'a', value=3))
attempt('call kw only', lambda: d(cls=dict))
attempt('get None dict', lambda: d.__get__(None, dict))
attempt('get inst', lambda: d.__get__({}).__self__)
attempt('get D inst', lambda: d.__get__(D()).__self__)
attempt('get inst None', lambda: d.__get__({}, None).__self__)
attempt('get None None', lambda: d.__get__(None, None))
attempt('get None', lambda: d.__get__(None))
attempt('get int', lambda: d.__get__(1))
attempt('get None list', lambda: d.__get__(None, list))
attempt('get None 1', lambda: d.__get__(None, 1))
attempt('get 1 dict', lambda: d.__get__(1, dict).__self__)
attempt('get none', lambda: d.__get__())
attempt('fromkeys kw', lambda: dict.fromkeys('a', value=3))
attempt('fromkeys 0', lambda: dict.fromkeys())
attempt('fromkeys 3', lambda: dict.fromkeys(1, 2, 3))
attempt('fromhex', lambda: bytes.__dict__['fromhex'](str, '41'))
attempt('from_bytes', lambda: int.__dict__['from_bytes'](bool, b'\x01', 'big'))
attempt('subclasshook', lambda: object.__dict__['__subclasshook__'](D, int))
attempt('setattr', lambda: setattr(d, 'x', 1))
attempt('reduce', lambda: d.__reduce__())
attempt('new', lambda: type(d)())
