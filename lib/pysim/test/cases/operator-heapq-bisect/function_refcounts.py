# The functions of operator and heapq are objects too: who holds them?
import operator, heapq, sys

print(sys.getrefcount(operator.sub))      # _operator's dict, operator's dict, operator.__sub__
print(sys.getrefcount(operator.truth))    # no dunder alias
print(sys.getrefcount(heapq.heapreplace))  # _heapq's dict, heapq's dict
sub = operator.sub
print(sys.getrefcount(operator.sub), sub is operator.__sub__)
ops = [operator.mul, operator.mul, operator.truth]
print(sys.getrefcount(operator.mul), sys.getrefcount(operator.truth))
del ops, sub
print(sys.getrefcount(operator.sub), sys.getrefcount(operator.mul))
print(operator.sub.__name__, operator.sub.__module__, type(operator.sub).__name__)
