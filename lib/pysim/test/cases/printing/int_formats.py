print(hex(255), oct(8), bin(5), hex(-1))
print(int('ff', 16), int('0b101', 0), int(' 12 '), int('-0'))
print(format(1234, '08,d'), format(-5, '+d'))
