# list.sort is CPython's timsort: the same __lt__ calls, in the same order, as CPython makes
from operator import attrgetter

log = []
class Score:
    def __init__(self, value, tag):
        self.value, self.tag = value, tag
    def __lt__(self, other):
        log.append(f'{self.tag}<{other.tag}')
        return self.value < other.value

vals = [5, 2, 9, 2, 7, 1, 8, 3]
scores = [Score(v, chr(97 + i)) for i, v in enumerate(vals)]
print([s.tag for s in sorted(scores)])
print(' '.join(log))
log.clear()
print([s.tag for s in sorted(scores, reverse=True)], len(log))
log.clear()
# long runs merged with galloping
big = [Score((i * 37) % 101 if i < 70 else i, str(i)) for i in range(140)]
big.sort()
print(len(log), [s.tag for s in big[:6]])
log.clear()
big.sort(key=attrgetter('value'))
print(len(log))
descending = [Score(10 - i // 2, str(i)) for i in range(12)]
descending.sort()
print([s.tag for s in descending], len(log))
