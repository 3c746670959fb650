import heapq

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(nums)
print(nums)
print(all(nums[i] <= nums[c] for i in range(len(nums)) for c in (2*i+1, 2*i+2) if c < len(nums)))
print([heapq.heappop(nums) for _ in range(len(nums))])
words = ['pear', 'apple', 'fig', 'kiwi', 'banana']
heapq.heapify(words)
print(words, heapq.heappop(words))
print(heapq.heapify([]), heapq.heapify([1]))
