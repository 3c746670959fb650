import sys
config = {"host": "localhost", "port": 8080, "debug": True, "user": "ada"}
match config:
    case {"host": host, "port": port, **rest}:
        print(host, port)
        print(rest)
        print(type(rest).__name__, rest is config)
        print(sys.getrefcount(rest))
match config:
    case {**everything}:
        print(everything == config, everything is config)
print(sorted(config))
