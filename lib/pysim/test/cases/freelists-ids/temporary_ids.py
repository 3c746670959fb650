print(id([]) == id([]), id({}) == id({}))
print(id(float('1.1')) == id(float('2.2')))
