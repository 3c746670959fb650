# A __repr__ that returns a non-string: repr() says __repr__, str() and print() say __str__.
class G:
    def __repr__(self):
        return None
for f in (str, repr, print):
    try:
        f(G())
    except TypeError as e:
        print(f.__name__, e)
