# Deep nesting in source, compiled at run time: 10^5 nested unpacking targets
source = "(" * 50000 + "a" + ",)" * 50000 + " = 1"
print(len(source))
exec(source)
