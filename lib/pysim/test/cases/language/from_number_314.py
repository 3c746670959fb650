# float.from_number and complex.from_number (new in 3.14; an AttributeError before)
class F(float): pass
class C(complex): pass
class HasF:
    def __float__(self): return 2.5
class HasI:
    def __index__(self): return 7
class HasC:
    def __complex__(self): return 1j
x = 1.5
print(float.from_number(x) is x, float.from_number(3), float.from_number(True), float.from_number(HasF()), float.from_number(HasI()), type(F.from_number(2)), F.from_number(2))
for bad in ["1.5", None, 1j]:
    try: print(float.from_number(bad))
    except Exception as e: print(type(e).__name__, e)
try: float.from_number(10**400)
except Exception as e: print(type(e).__name__, e)
z = 1 + 2j
print(complex.from_number(z) is z, complex.from_number(3), complex.from_number(2.5), complex.from_number(HasC()), complex.from_number(HasF()), complex.from_number(HasI()), type(C.from_number(1)), C.from_number(1))
for bad in ["1", None]:
    try: print(complex.from_number(bad))
    except Exception as e: print(type(e).__name__, e)
