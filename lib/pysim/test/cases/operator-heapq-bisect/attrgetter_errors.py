import operator

class Point:
    def __init__(self):
        self.x = 1

def attempt(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(operator.attrgetter)
attempt(operator.attrgetter, 5)
attempt(operator.attrgetter, 'x', None)
attempt(operator.attrgetter, 'x', default=0)
g = operator.attrgetter('x')
attempt(g, Point())
attempt(g)
attempt(g, Point(), Point())
attempt(operator.attrgetter('x.real'), Point())
attempt(operator.attrgetter('x.nope'), Point())
attempt(operator.attrgetter('y'), Point())
