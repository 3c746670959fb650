# popping the last item: 3.12+ clear the list (its item array is freed), 3.11 keeps 4 slots or 1
import sys
stack = [1, 2, 3].copy()
while stack:
    stack.pop()
    print(len(stack), sys.getsizeof(stack))
single = [5]
single.pop()
print(sys.getsizeof(single))
single.append(6)
print(sys.getsizeof(single))
