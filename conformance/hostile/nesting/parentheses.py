# Deep nesting in source, compiled at run time: 10^5 parentheses
source = "x = " + "(" * 100000 + "1" + ")" * 100000
print(len(source))
exec(source)
