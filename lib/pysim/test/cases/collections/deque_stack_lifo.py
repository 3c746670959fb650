from collections import deque

stack = deque()
for page in ["home", "search", "results", "item"]:
    stack.append(page)
print(stack)
print("back to", stack.pop())
print("back to", stack.pop())
print("now on", stack[-1], "history", list(stack))
stack.appendleft("start")
print(stack, len(stack))
