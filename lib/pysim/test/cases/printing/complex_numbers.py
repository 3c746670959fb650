print(1j, 1 + 2j, complex(3, -4), (1j) ** 2)
print(abs(3 + 4j), (2 + 0j) == 2)
