# deepcopy of 5 000 nested records (dicts holding lists, tuples and strings).
import copy

records = []
for i in range(5_000):
    records.append({"id": i, "name": "user" + str(i), "tags": ["a", "b", str(i % 7)],
                    "point": (i, i + 1), "history": [{"n": i}, {"n": i + 1}]})
clone = copy.deepcopy(records)
print(len(clone), clone[4999]["name"], clone[0] is records[0], clone[10]["tags"] == records[10]["tags"])
