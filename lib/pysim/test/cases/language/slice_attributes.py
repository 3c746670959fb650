# A slice object keeps start, stop and step as read-only members;
# indices(n) clips them to a sequence of length n, as a[s] does.
s = slice(1, None, 2)
print(s, s.start, s.stop, s.step)
print(s.indices(10), slice(None, None, -1).indices(5), slice(-100, 100).indices(4))
letters = list("abcdefgh")
start, stop, step = s.indices(len(letters))
print(letters[s], [letters[i] for i in range(start, stop, step)])
print(type(slice.start).__name__, slice.stop)
try:
    s.start = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)
try:
    s.indices(-1)
except ValueError as e:
    print("ValueError:", e)
print(slice("a", "b").start, slice(1.5).stop)
