import heapq

class Job:
    def __init__(self, name):
        self.name = name

heap = []
heapq.heappush(heap, (1, Job('a')))
heapq.heappush(heap, (2, Job('b')))
heapq.heappush(heap, (1, Job('c')))
