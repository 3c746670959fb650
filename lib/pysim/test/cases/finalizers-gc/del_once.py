import gc
gc.collect()
calls = []
class A:
    def __del__(self):
        calls.append(1)
        global keep
        keep = self
a = A()
a.me = a
del a
gc.collect()
del keep
gc.collect()
print(len(calls))
