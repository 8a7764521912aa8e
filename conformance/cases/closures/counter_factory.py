# Counter factories with nonlocal: independent state per closure, reset and step functions.
def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    def peek():
        return count

    return increment, reset, peek


inc_a, reset_a, peek_a = make_counter()
inc_b, reset_b, peek_b = make_counter(100, 10)
print(inc_a(), inc_a(), inc_a(), inc_b(), inc_b())
print(peek_a(), peek_b())
reset_a()
print(peek_a(), inc_a(), peek_b())


def make_id_generator(prefix):
    n = 0

    def next_id():
        nonlocal n
        n += 1
        return f"{prefix}-{n:04d}"

    return next_id


orders = make_id_generator("ORD")
users = make_id_generator("USR")
print([orders() for _ in range(3)], users(), orders())
print(inc_a.__closure__ is not None, len(inc_a.__closure__), [c.cell_contents for c in inc_b.__closure__])


def broken_counter():
    count = 0

    def increment():
        count += 1
        return count

    return increment


broken_counter()()
