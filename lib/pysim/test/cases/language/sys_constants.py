# Constant sys attributes learners print: maxunicode, float_info, int_info, implementation,
# byteorder, the recursion limit and setting it.
import sys
print(sys.maxunicode, sys.byteorder, sys.implementation.name, sys.implementation.cache_tag)
print(sys.implementation)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0], len(sys.float_info))
print(sys.int_info)
print(sys.int_info.bits_per_digit, type(sys.float_info).__name__, isinstance(sys.int_info, tuple))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(type(sys.version_info), type(sys.float_info), type(sys.implementation))
import types
print(type(sys.implementation) is types.SimpleNamespace, sys.implementation == types.SimpleNamespace(**vars(sys.implementation)))
