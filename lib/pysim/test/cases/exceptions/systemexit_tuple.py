# SystemExit with two arguments: its code is the args tuple, printed to stderr; status 1.
print('exiting')
raise SystemExit(1, 2)
