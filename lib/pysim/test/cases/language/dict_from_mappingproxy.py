# dict() and dict.update() take any object with a keys() method as a mapping: a class's
# mappingproxy gives its entries, not a sequence of pairs
class C:
    a = 1
    b = 'two'

d = dict(C.__dict__)
print(d['a'], d['b'], sorted(k for k in d if not k.startswith('__')))
e = {'z': 0}
e.update(C.__dict__, extra=3)
print(e['a'], e['extra'], list(e)[0])
print(dict(C.__dict__) == dict(C.__dict__.items()))
