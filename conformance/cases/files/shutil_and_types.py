# shutil copy/copytree/move/rmtree on the filesystem, and types.SimpleNamespace.
import types, shutil, os
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(os, types.ModuleType))
os.makedirs("t/src/sub")
open("t/src/a.txt", "w").write("A")
open("t/src/sub/b.txt", "w").write("B")
shutil.copytree("t/src", "t/copy")
print(sorted(os.listdir("t/copy")), open("t/copy/sub/b.txt").read())
print(shutil.copy("t/src/a.txt", "t/copy/sub"), shutil.copyfile("t/src/a.txt", "t/a2.txt"))
print(shutil.move("t/a2.txt", "t/copy"), sorted(os.listdir("t/copy")))
shutil.rmtree("t")
print(os.path.exists("t"))
try:
    shutil.rmtree("t")
except FileNotFoundError as e:
    print(e)
