# sys.set_int_max_str_digits: the limit on int <-> decimal str conversions (CVE-2020-10735), per interpreter.
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
for bad in (100, -1, "x", 2**70):
    try:
        sys.set_int_max_str_digits(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sys.set_int_max_str_digits(640), sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try:
    int("1" * 641)
except ValueError as e:
    print(e)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print(e)
