# type(name, bases, dict) makes a class like a class statement: __module__ from the caller's globals
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point at {self.x}"})
p = Point()
print(Point.__module__, list(Point.__dict__), p.describe())
print(Point, p.__class__.__name__, type(p) is Point, repr(p)[:17])
Sub = type("Sub", (Point,), {"__module__": "shapes", "y": 1})
print(Sub.__module__, Sub, list(Sub.__dict__), Sub().x)
Empty = type("Empty", (), {})
print(sorted(vars(Empty)), Empty.__qualname__, Empty.__doc__)
