import operator

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(operator.add, 1)
attempt(operator.add, 1, 2, 3)
attempt(operator.add, a=1, b=2)
attempt(operator.add, 1, 'x')
attempt(operator.neg)
attempt(operator.neg, 'x')
attempt(operator.truediv, 1, 0)
attempt(operator.concat, 1, 2)
attempt(operator.concat, [1], (2,))
attempt(operator.iconcat, 5, [1])
attempt(operator.indexOf, [1, 2], 3)
attempt(operator.countOf, 5, 1)
attempt(operator.contains, 5, 1)
attempt(operator.getitem, [1], 5)
attempt(operator.getitem, {}, 'k')
attempt(operator.setitem, (1,), 0, 2)
attempt(operator.delitem, 'ab', 0)
attempt(operator.index, 2.5)
attempt(operator.length_hint, [], 'x')
attempt(operator.length_hint)
attempt(operator.isub, [1], [1])
attempt(operator.lshift, 1, -1)
