inf = float('inf')
print(inf, -inf, float('nan'), -0.0, 0.0)
print(repr(-0.0), -0.0 == 0.0, inf - inf)
