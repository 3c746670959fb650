import sys, gc, operator
from collections import namedtuple, Counter, defaultdict, OrderedDict
Emp = namedtuple('Emp', 'name dept salary', defaults=(0,))
staff = [Emp('ann', 'eng', 120), Emp('bob', 'ops'), Emp('cy', 'eng', 90)]
print(sorted(staff, key=operator.attrgetter('salary')))
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
by = defaultdict(list)
for e in staff:
    by[e.dept].append(e)
print(dict(by))
cnt = Counter(e.dept for e in staff)
print(cnt, cnt.most_common(1)[0])
print(OrderedDict(cnt), Counter(OrderedDict(a=2)))
print(sys.getrefcount(Emp) > 2, sys.getrefcount(Counter) > 2)
print(type(Emp.__dict__['name']).__name__, [k for k in Emp.__dict__ if not k.startswith('__')])
gc.collect()
print(gc.is_tracked(Emp), gc.is_tracked(cnt))
e = staff[0]
name, *rest = e
print(name, rest, e._fields.index('dept'), getattr(e, 'salary'))
print(e._replace(**{'salary': 1}), Emp(*e), Emp(**e._asdict()))
text = "a b a c b a"
c = Counter(text.split())
for word, n in c.most_common():
    print(word, n, end='; ')
print()
print(c.keys() & {'a', 'z'}, c.items() - {('a', 3)})
print(len(c), list(reversed(c)), min(c, key=c.get))
print(Counter(dict.fromkeys('abc', 2)) - Counter('a'))
