# Deep nesting in source, compiled at run time: 1000 nested defs
source = "".join(" " * i + f"def f{i}():\n" for i in range(1000)) + " " * 1000 + "pass\n"
print(len(source))
exec(source)
