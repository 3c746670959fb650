import bisect, sys

scores = []
for s in [70, 45, 88, 45, 92, 60]:
    bisect.insort(scores, s)
    print(scores, sys.getsizeof(scores))
bisect.insort_left(scores, 88)
bisect.insort_right(scores, 45)
print(scores)
names = ['bob', 'eve']
bisect.insort(names, 'cy')
bisect.insort(names, 'al', 0, 1)
print(names)
