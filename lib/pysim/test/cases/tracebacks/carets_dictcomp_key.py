# MAP_ADD of an unhashable key: `key: value` inlined (3.12+), the whole comprehension in 3.11's <dictcomp>
rows = [("a", 1), (["b"], 2)]
lookup = {k: v for k, v in rows}
