# Deep nesting in source, compiled at run time: a 10^5-term sum (left-nested BinOp)
source = "x = 1" + " + 1" * 100000
print(len(source))
exec(source)
