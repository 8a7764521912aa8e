# Found by pyex-fuzz (differential target): when two builtins are equally
# close to a misspelt name, CPython suggests the first in the builtins
# module's own order (`bin` before `min`, `hex` before `max` and `next`).
def lookup(expression):
    """Evaluate `expression`, reporting the NameError and its suggestion."""
    try:
        return eval(expression)
    except NameError as e:
        import traceback
        return traceback.format_exception_only(type(e), e)[-1].strip()


for typo in ["kin(5)", "nin([3, 1])", "hax(255)", "nex(iter([1]))", "lenn('abc')", "prnt", "Tru"]:
    print(f"{typo:>16} -> {lookup(typo)}")

# A close local or global still wins over any builtin.
def scoped():
    mun = 3
    return lookup("mun + 1"), lookup("mon")

mon = 10
print(scoped())
print(lookup("kin"))
kin = "defined now"
print(lookup("kin"))
hax(1)
