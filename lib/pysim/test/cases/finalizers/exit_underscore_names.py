class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('exit del', self.n)
_private = A('underscore')
public = A('public')
__dunder = A('dunder')
