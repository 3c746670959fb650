import heapq

queue = [(2, 'b'), (1, 'a')]
heapq.heapify(queue)
def next_job(q):
    return heapq.heappop(q)

print(next_job(queue))
print(next_job(queue))
print(next_job(queue))
