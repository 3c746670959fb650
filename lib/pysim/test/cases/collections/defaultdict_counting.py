from collections import defaultdict

text = "the cat and the hat and the bat"
counts = defaultdict(int)
for word in text.split():
    counts[word] += 1
print(counts)
print(counts["dog"], "dog" in counts, counts.get("cow"), "cow" in counts)
best = max(counts, key=counts.get)
print(best, counts[best])
letters = defaultdict(int)
for ch in "mississippi":
    letters[ch] += 1
print(sorted(letters.items()))
