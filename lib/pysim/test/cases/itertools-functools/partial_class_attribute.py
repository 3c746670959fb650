import functools
import sys

def collect(*args):
    return args

class Tool:
    run = functools.partial(collect, 'base')

print(Tool.run(1))
if sys.version_info[:2] != (3, 13):
    # 3.14 binds a partial found on a class like a method (3.13 only warns that it will)
    tool = Tool()
    result = tool.run(1)
    print(len(result), result[0], result[-1], tool in result)
else:
    print('3.13: a FutureWarning, not shown here')
