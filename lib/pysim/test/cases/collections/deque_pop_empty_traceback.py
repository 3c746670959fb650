from collections import deque

todo = deque(["a"])
todo.popleft()
print("done", todo)
todo.popleft()
