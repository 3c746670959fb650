import operator

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(operator.methodcaller)
attempt(operator.methodcaller, 42)
attempt(operator.methodcaller('upper'))
attempt(operator.methodcaller('upper'), 'a', 'b')
attempt(operator.methodcaller('upper'), obj='a')
attempt(operator.methodcaller('nope'), 'a')
attempt(operator.methodcaller('index', 'z'), 'abc')
attempt(operator.methodcaller('upper', 1), 'abc')
