from operator import itemgetter, methodcaller, attrgetter

class Defaults(dict):
    def __missing__(self, key):
        return f'<no {key}>'
d = Defaults(name='ann')
print(itemgetter('name', 'age')(d))
inventory = {'apple': 3, 'pear': 0, 'fig': 7}
print(sorted(inventory.items(), key=itemgetter(1), reverse=True))
print(methodcaller('get', 'kiwi', 0)(inventory), methodcaller('pop', 'pear')(inventory), inventory)
print(sorted(inventory, key=inventory.__getitem__))
get_real = attrgetter('real', 'imag')
print(get_real(3+4j), attrgetter('__class__.__name__')(inventory))
upper_first = methodcaller('title')
print(list(map(upper_first, ['ann lee', 'bo'])))
