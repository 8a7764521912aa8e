# Mutual recursion: even/odd, a recursive-descent grammar for nested lists, and Hofstadter sequences.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([n for n in range(12) if is_even(n)], is_odd(301))


def parse_list(s, i):
    assert s[i] == "["
    items = []
    i += 1
    while s[i] != "]":
        if s[i] == ",":
            i += 1
            continue
        value, i = parse_value(s, i)
        items.append(value)
    return items, i + 1


def parse_value(s, i):
    if s[i] == "[":
        return parse_list(s, i)
    j = i
    while s[j].isdigit():
        j += 1
    return int(s[i:j]), j


print(parse_value("[1,[2,3],[[4]],[],56]", 0)[0])


def female(n):
    return 1 if n == 0 else n - male(female(n - 1))


def male(n):
    return 0 if n == 0 else n - female(male(n - 1))


print([female(n) for n in range(15)])
print([male(n) for n in range(15)])
print(parse_value("[1,2", 0))
