# sys.flags and sys.hash_info: struct sequences (tuples with named fields)
import sys

print(sys.flags)
print(len(sys.flags), type(sys.flags).__name__, isinstance(sys.flags, tuple))
print(sys.flags.utf8_mode, sys.flags.hash_randomization, sys.flags.dev_mode, sys.flags[0])
print(sys.flags.int_max_str_digits)
print(sys.hash_info)
print(len(sys.hash_info), sys.hash_info.width, sys.hash_info[1] == sys.hash_info.modulus)
print(sys.hash_info.algorithm, sys.hash_info.inf == hash(float('inf')))
print(hash(sys.hash_info.modulus), hash(-1))
