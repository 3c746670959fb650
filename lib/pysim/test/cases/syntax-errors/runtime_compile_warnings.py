# eval/exec/compile warn each time they compile (no registry), under the code's own file name.
results = [eval('1 is 1') for i in range(2)]
exec('y = 2\nz = y is 2')
print(results, z, compile('() is ()', 'zz', 'exec').co_filename)
print(eval(r'len("\d")'))
code = compile('x = 3\nx is 3', __file__, 'exec')
print('end')
