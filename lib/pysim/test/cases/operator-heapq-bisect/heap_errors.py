import heapq

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(heapq.heappop, [])
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappush, (), 1)
attempt(heapq.heappop, 'abc')
attempt(heapq.heapify, {1, 2})
attempt(heapq.heappushpop, None, 1)
attempt(heapq.heappush, [1])
attempt(heapq.heappush, [1], 2, 3)
attempt(heapq.heapify)
attempt(heapq.heappush, [1, 'a'], 2)
attempt(heapq.heappush, [{}], {})
