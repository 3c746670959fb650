from collections import defaultdict

def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(t["a"]["b"]["c"], len(t), len(t["a"]))
grid = defaultdict(lambda: defaultdict(int))
grid[0][1] += 5
grid[2][2] += 1
print({k: dict(v) for k, v in grid.items()})
sets = defaultdict(set)
sets["even"].add(2)
sets["even"].add(4)
sets["odd"].add(1)
print(sorted(sets["even"]), sets["odd"], len(sets))
