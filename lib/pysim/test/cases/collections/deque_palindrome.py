from collections import deque

def is_palindrome(word):
    chars = deque(c.lower() for c in word if c.isalpha())
    while len(chars) > 1:
        if chars.popleft() != chars.pop():
            return False
    return True
for w in ["Racecar", "deque", "A man, a plan, a canal: Panama", ""]:
    print(repr(w), is_palindrome(w))
