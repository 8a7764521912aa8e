# Deep nesting in source, compiled at run time: 10^5 nested calls abs(abs(...))
source = "x = " + "abs(" * 100000 + "1" + ")" * 100000
print(len(source))
exec(source)
