class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'P({self.x!r})'
print(P(1), [P('a'), P(None)])
class Q(P):
    def __str__(self):
        return 'Q-str'
print(Q(2), [Q(3)], str(Q(4)))
