import operator

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 2.5), operator.truediv(7, 2))
print(operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, 10), operator.neg(5), operator.pos(-5))
print(operator.abs(-3.5), operator.invert(5), operator.inv(0), operator.lshift(1, 10), operator.rshift(1024, 3))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.and_(True, False))
print(operator.add('ab', 'cd'), operator.mul([0], 3), operator.add((1,), (2,)))
print(operator.__add__ is operator.add, operator.__mul__(6, 7), operator.__neg__(1))
print(operator.add, operator.__add__, operator.truth)
total = 0
for x in [1, 2, 3, 4]:
    total = operator.add(total, x)
print(total)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
