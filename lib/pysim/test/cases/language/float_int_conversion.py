print(int(3.9), int(-3.9), float(3), int(True), 7 / 7, type(7 / 7).__name__)
print(3 == 3.0, hash(3) == hash(3.0), 0.5.as_integer_ratio(), (2.0).is_integer())
