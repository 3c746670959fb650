# complex(): strings, __complex__/__float__/__index__, an exact complex returned as is, and the errors
class HasC:
    def __complex__(self): return 1j
class HasF:
    def __float__(self): return 2.5
class HasI:
    def __index__(self): return 7
class BadC:
    def __complex__(self): return 5
z = 1 + 2j
print(complex(z) is z, complex(HasC()), complex(HasF()), complex(HasI()), complex(HasF(), HasI()))
for s in ["1+2j", " (3-4J) ", "5", "-j", "+1.5e3j", "inf+nanj", "1_000+2_0j", "j", "1+j", "2.j"]:
    print(repr(s), complex(s))
for args in [("1+2k",), ("",), ("1", 2), (1, "2"), (None,), (1, None), (BadC(),), ("(1+2j",)]:
    try:
        print(complex(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(complex(real=1, imag=2), complex(), complex(2.5, 1))
