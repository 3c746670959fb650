# Using a weakref.ref as if it were the object (forgetting the call): the errors name weakref.ReferenceType
import weakref


class Player:
    def __init__(self, score):
        self.score = score


p = Player(10)
r = weakref.ref(p)
for label, use in [("attr", lambda: r.score), ("len", lambda: len(r)), ("add", lambda: r + 1),
                   ("item", lambda: r[0]), ("iter", lambda: iter(r)), ("lt", lambda: r < r),
                   ("neg", lambda: -r), ("setitem", lambda: r.__setitem__)]:
    try:
        use()
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
print(r().score, r.__callback__)
r.score
