# format() of complex numbers with a spec (format_complex_internal in Python/formatter_unicode.c),
# complex(0.0, -0.0) keeping its negative zero (complex_new_impl), and the __format__ methods of
# int, bool, float, complex and str called directly and through super()
values = [3+4j, -1.5-2j, 1j, -0.0+1j, complex(0.0, -0.0), complex(-0.0, -2),
          complex(float('inf'), float('nan')), 1e20+1e-5j, 12345.678+9876.5j]
specs = ['', '.1f', '10.2f', '<20', '>20', '^20', '*^24.3e', '+', ' ', '+.2g', 'g', 'G', 'n',
         'e', 'E', '.0f', '#.0f', 'z.1f', ',.2f', '_', '020', '=10', 'd', 'x', '%', 's', '.3', '10']
for v in values:
    for spec in specs:
        try:
            print(repr(v), repr(spec), repr(format(v, spec)), f'{v:{spec}}' == format(v, spec))
        except Exception as e:
            print(repr(v), repr(spec), type(e).__name__, e)
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0), complex(imag=-0.0), complex(-0.0, -0.0))
for f in [(1.5).__format__, (5).__format__, 'a'.__format__, (1j).__format__, True.__format__]:
    for args in [(), ('',), ('>6',), (1,), ('a', 'b')]:
        try:
            print(repr(f(*args)))
        except Exception as e:
            print(type(e).__name__, e)


class F(float):
    def __format__(self, spec):
        return 'F' + super().__format__(spec)


class S(str):
    def __format__(self, spec):
        return '<' + str.__format__(self, spec) + '>'


print(format(F(2.5), '.2f'), f'{F(1):>6}', f'{S("ab"):^6}', format(S('x')))
try:
    complex(1, 2, 3)
except TypeError as e:
    print(e)
