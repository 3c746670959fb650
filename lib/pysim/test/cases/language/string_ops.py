s = 'abc'
print(s * 3, s + 'd', 'b' in s, s[1], len(s), s.upper().lower())
print(ord('a'), chr(98), str(12) + '3', 'a' < 'B', sorted('bca'))
