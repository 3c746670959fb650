# Calling the numeric dunder methods directly: float.fromhex, __round__, __trunc__, bit_count, bool & bool ...
for s in ['0x1.8p1', ' -0X1P-1074 ', '0x.8', '1p4', 'inf', '-nan', '0x1.fffffffffffff8p1023', '0x1p-1075', '0x1.00000000000008p0', '0x3p-1076', 'abc', '0x', '0x1p', '']:
    try:
        print(repr(s), float.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(5)
except Exception as e:
    print(type(e).__name__, e)
class F(float): pass
print(type(F.fromhex('0x1p0')), F.fromhex('0x1p0'))
print(float.__getformat__('double'), (2.5).__round__(), (2.5).__round__(1), (3.7).__trunc__(), (-3.2).__floor__(), (3.2).__ceil__(), (1.5).__getnewargs__())
for s in ['float', 'x']:
    try: print(float.__getformat__(s))
    except Exception as e: print(type(e).__name__, e)
try: float.__getformat__(1)
except Exception as e: print(type(e).__name__, e)
print((7).__round__(-1), (15).__round__(-1), (5).__ceil__(), True.__floor__(), type(True.__trunc__()), (10).as_integer_ratio(), (-7).bit_count(), (255).bit_count(), (3).__getnewargs__())
print((5).__abs__(), (-5).__neg__(), (5).__invert__(), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (16).__rshift__(2), (3).__rand__(5), (7).__divmod__(2), (7).__rdivmod__(20), (7).__and__(1.0))
print((2.5).__abs__(), (-2.5).__neg__(), (7.5).__divmod__(2), (7.5).__rdivmod__(20), (1+2j).__abs__(), (1+2j).__neg__(), (1+2j).__add__(1), (1+2j).__rsub__(1), (1j).__bool__(), (1+2j).__getnewargs__(), (0j).__complex__())
print(True.__and__(False), True.__or__(1), True.__xor__(True), (1).conjugate(), (2.5).conjugate())
