print(repr('abc'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('tab\tnew\nline\\'), repr('\x00\x7f'))
