# attrgetter on objects, dotted names included
from operator import attrgetter

class Address:
    def __init__(self, city):
        self.city = city
class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)
    def __repr__(self):
        return self.name

people = [Person('ann', 31, 'Oslo'), Person('bob', 25, 'Rome'), Person('cy', 31, 'Athens')]
print(sorted(people, key=attrgetter('age')))
print(sorted(people, key=attrgetter('age', 'name')))
print(sorted(people, key=attrgetter('address.city')))
by_city = attrgetter('address.city', 'name')
print([by_city(p) for p in people])
print(by_city, attrgetter('name'))
print(by_city.__reduce__())
