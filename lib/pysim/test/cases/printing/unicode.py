print('héllo', repr('héllo'), 'ü'.upper(), len('日本'))
print(repr('\u200b'), ascii('é'))
