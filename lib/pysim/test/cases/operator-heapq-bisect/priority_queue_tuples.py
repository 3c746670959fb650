# A priority queue of (priority, task) tuples
import heapq

tasks = []
heapq.heappush(tasks, (3, 'write report'))
heapq.heappush(tasks, (1, 'fix bug'))
heapq.heappush(tasks, (2, 'review code'))
heapq.heappush(tasks, (1, 'answer email'))
print(tasks)
print(tasks[0])
while tasks:
    priority, name = heapq.heappop(tasks)
    print(priority, name)
print(tasks)
