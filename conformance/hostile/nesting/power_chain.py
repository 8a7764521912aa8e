# Deep nesting in source, compiled at run time: 10^5 right-nested **
source = "x = 1" + " ** 1" * 100000
print(len(source))
exec(source)
