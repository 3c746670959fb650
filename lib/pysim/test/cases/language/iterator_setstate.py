# __setstate__ of list, tuple and reversed iterators and of zip; enumerate[...] is a generic alias
it = iter([10, 20, 30, 40])
it.__setstate__(2)
print(next(it), list(it))
it = iter((1, 2, 3))
it.__setstate__(-5)
print(list(it))
it = iter([1, 2])
it.__setstate__(99)
print(list(it), it.__setstate__(0), list(it))
r = reversed((1, 2, 3, 4))
r.__setstate__(1)
print(list(r))
r = reversed("abcd")
r.__setstate__(10)
print(list(r))
z = zip([1, 2], [3])
z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print("ValueError", e)
z = zip([1, 2], [3], strict=True)
z.__setstate__(0)
print(list(z))
print(enumerate[int], enumerate.__class_getitem__(str), list(enumerate("ab")))
for call in [lambda: iter([]).__setstate__("a"), lambda: reversed((1,)).__setstate__(1.5), lambda: zip().__setstate__(),
             lambda: enumerate.__class_getitem__(1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
