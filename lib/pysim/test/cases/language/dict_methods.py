d = {'a': 1}
print(d.get('b'), d.get('b', 0), d.setdefault('c', 3), d)
d.update(b=2)
print(d.pop('a'), d.popitem(), list(d.items()))
print(dict.fromkeys('xy', 0), {'k': 1} | {'j': 2})
