# The compiler folds constant expressions; a fold that gives -0.0 is its own
# constant, not merged with a 0.0 literal (they are == but not the same).
zero = 0.0
print(0.0 * -1, -1 * 0.0, 0.0 * -1.0, 0 * -1.0, -0.0 - 0.0, 0.0 / -1)
print(zero * -1, -zero)
neg = 0.0 * -1
print(neg, neg == zero, neg is zero, str(neg), repr(-0.0 + 0.0))
