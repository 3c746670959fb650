# nsmallest / nlargest call the key once per item; heap work compares the keys
import heapq

calls = []
def price(item):
    calls.append(item[0])
    return item[1]

items = [('pen', 3), ('ink', 9), ('pad', 4), ('cup', 7), ('mug', 8), ('box', 1), ('bag', 6)]
print(heapq.nsmallest(2, items, key=price), calls)
calls.clear()
print(heapq.nlargest(3, items, key=price), calls)
calls.clear()
print(heapq.nsmallest(2, iter(items), key=price), calls)
calls.clear()
print(heapq.nlargest(1, items, key=price), calls)
calls.clear()
print(heapq.nsmallest(9, items, key=price)[:2], len(calls))
