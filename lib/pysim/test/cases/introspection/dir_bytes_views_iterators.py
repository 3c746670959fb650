# dir() of bytes and bytearray, the dict views, and the builtin iterator types
for t in (bytes, bytearray, type({}.keys()), type({}.values()), type({}.items()),
          type(iter([])), type(iter(())), zip, reversed, enumerate, map, filter):
    print(t.__name__, sorted(dir(t)))
