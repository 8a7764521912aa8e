# Deep nesting in source, compiled at run time: 10^5 chained subscripts
source = "x = [0]" + "[0]" * 100000
print(len(source))
exec(source)
