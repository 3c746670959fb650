# Sorting records with itemgetter
from operator import itemgetter

students = [('ann', 'B', 17), ('bob', 'A', 19), ('cy', 'B', 16), ('dee', 'A', 18)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 0)))
print(max(students, key=itemgetter(2)))
get_name = itemgetter(0)
print(list(map(get_name, students)))
rows = [{'city': 'Oslo', 'pop': 709}, {'city': 'Bergen', 'pop': 286}, {'city': 'Tromso', 'pop': 77}]
print([r['city'] for r in sorted(rows, key=itemgetter('pop'))])
print(itemgetter(1)('hello'), itemgetter(slice(1, 3))('hello'), itemgetter(0, -1)('hello'))
