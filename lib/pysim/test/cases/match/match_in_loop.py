commands = ["push 3", "push 4", "add", "push 10", "mul", "print", "bogus"]
stack = []
for line in commands:
    match line.split():
        case ["push", n]:
            stack.append(int(n))
        case ["add"]:
            stack.append(stack.pop() + stack.pop())
        case ["mul"]:
            stack.append(stack.pop() * stack.pop())
        case ["print"]:
            print(stack)
        case [unknown, *args]:
            print("unknown command", unknown, args)
            break
print(stack)
