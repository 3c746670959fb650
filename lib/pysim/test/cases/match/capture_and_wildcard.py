command = "go north"
match command.split():
    case [verb]:
        print("one word:", verb)
    case [verb, direction]:
        print("verb:", verb, "direction:", direction)
    case _:
        print("too long")
print(verb, direction)

match 42:
    case n:
        print("captured", n)
print(n)
