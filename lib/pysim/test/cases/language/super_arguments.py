# super() argument checks: no keywords, at most 2 arguments, supercheck messages (3.13 names both sides)
class Base:
    def hello(self):
        return "base hello"
class Child(Base):
    def hello(self):
        return "child + " + super().hello()
    def bad_keyword(self):
        return super(type=Child).hello()
    def too_many(self):
        return super(Child, self, 1).hello()
    def explicit(self):
        return super(Child, self).hello()
c = Child()
print(c.hello(), c.explicit())
for name in ("bad_keyword", "too_many"):
    try:
        getattr(c, name)()
    except TypeError as e:
        print(name, "->", e)
try:
    super(5, c)
except TypeError as e:
    print(e)
try:
    super(Child, 5)
except TypeError as e:
    print(e)
try:
    super(Child, int)
except TypeError as e:
    print(e)
try:
    super(Child, Base())
except TypeError as e:
    print(e)
