import operator

nums = [10, 20, 30, 20]
print(operator.getitem(nums, 1), operator.getitem(nums, slice(1, 3)))
operator.setitem(nums, 0, 99)
operator.delitem(nums, -1)
print(nums)
print(operator.contains(nums, 30), operator.contains('abc', 'z'), operator.contains({'k': 1}, 'k'))
print(operator.countOf([1, 2, 1, 1], 1), operator.countOf('banana', 'a'))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf('xyz', 'y'))
print(operator.concat([1], [2]), operator.concat('ab', 'c'), operator.concat((1,), (2, 3)))
d = {}
operator.setitem(d, 'x', 1)
print(d, operator.getitem(d, 'x'))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(5))), operator.length_hint(x for x in 'ab'), operator.length_hint(7, 4))
print(operator.index(7), operator.index(True))
