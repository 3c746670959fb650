# str.casefold() applies full case folding, which is not lower():
# 'ß' folds to 'ss', so caseless comparisons match.
words = ["Straße", "STRASSE", "ﬁle", "ΣΑΣ"]
for w in words:
    print(repr(w.lower()), repr(w.casefold()))
print("Straße".casefold() == "STRASSE".casefold())
print("Straße".lower() == "STRASSE".lower())
