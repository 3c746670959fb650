from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter))
print(by_letter["z"], len(by_letter))
print(sorted(by_letter.items()))
