# Global and builtin lookups after the names' entries move: deleted and re-added (a new index),
# re-added by a str subclass key, shadowing a builtin and removing the shadow, and a dict
# compacted by deleting many other names.
class S(str):
    pass

x = 1
def read_x():
    return x

def write_x(v):
    global x
    x = v

print(read_x())
write_x(2)
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)
write_x(3)
print(read_x(), list(globals()).index("x") > list(globals()).index("write_x"))

for i in range(3):
    globals()["tmp%d" % i] = i
del globals()["x"]
globals()[S("x")] = 4
print(read_x(), type([k for k in globals() if k == "x"][0]).__name__)
write_x(5)
print(read_x(), type([k for k in globals() if k == "x"][0]).__name__)

def use_len():
    return len("abc")

print(use_len())
len = lambda s: -1
print(use_len())
del len
print(use_len())

for i in range(40):
    globals()["filler%d" % i] = i
for i in range(40):
    del globals()["filler%d" % i]
write_x(6)
print(read_x(), use_len())
