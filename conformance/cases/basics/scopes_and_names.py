# Shadowing builtins, nonlocal, del of a name, and a NameError at the end.
def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter()
counter()
counter(5)
print(counter())

list_ = list("abc")
print(list_)

message = "temporary"
del message


def describe():
    return message


print(describe())
