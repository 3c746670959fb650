# key= (3.10+) looks up a sorted list of records by one field
from bisect import bisect_left, bisect_right, insort
from operator import itemgetter

movies = [('Jaws', 1975), ('Titanic', 1997), ('Avatar', 2009), ('Dune', 2021)]
by_year = itemgetter(1)
i = bisect_left(movies, 1997, key=by_year)
print(i, movies[i])
print(bisect_right(movies, 2000, key=by_year))
insort(movies, ('Alien', 1979), key=by_year)
print(movies)
insort(movies, ('Heat', 1995), key=lambda m: m[1], lo=1)
print([m[0] for m in movies])
