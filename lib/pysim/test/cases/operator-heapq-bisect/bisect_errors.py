import bisect

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, 3, 5]
attempt(bisect.bisect, a, 2, -1)
attempt(bisect.insort, a, 2, lo=-5)
attempt(bisect.bisect_left, a)
attempt(bisect.bisect_left)
attempt(bisect.bisect_right, a, 2, 0, 10)
attempt(bisect.bisect_right, a, 2, 1.5)
attempt(bisect.bisect_right, a, 2, None)
attempt(bisect.bisect_left, a, 2, 0, 3, 4)
attempt(bisect.bisect_left, a, 2, k=1)
attempt(bisect.bisect_left, a, 2, key=5)
attempt(bisect.bisect_left, 42, 2)
attempt(bisect.insort, (1, 2), 3)
attempt(bisect.bisect_left, a, 'x')
attempt(bisect.bisect_left, a, 2, lo=1, x=3)
print(a)
