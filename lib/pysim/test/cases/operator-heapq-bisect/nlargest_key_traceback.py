import heapq

prices = {'pen': 3, 'ink': 9, 'pad': None, 'cup': 7}
def price(name):
    return prices[name] * 100

print(heapq.nlargest(2, ['pen', 'ink', 'cup'], key=price))
print(heapq.nlargest(2, ['pen', 'ink', 'pad', 'cup'], key=price))
