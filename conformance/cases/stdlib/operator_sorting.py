# Multi-key sorting of records with operator helpers and cmp_to_key.
from functools import cmp_to_key
from operator import attrgetter, itemgetter, methodcaller
import operator


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"Student({self.name!r}, {self.grade!r}, {self.age})"


students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10),
            Student("ann", "A", 12)]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
s = sorted(students, key=attrgetter("age"))
s.sort(key=attrgetter("grade"), reverse=True)
print([x.name for x in s])

rows = [("apple", 3, 1.5), ("pear", 1, 2.0), ("fig", 3, 0.5), ("kiwi", 2, 1.5)]
print(sorted(rows, key=itemgetter(1, 2)), itemgetter(0)(rows), itemgetter(0, 2)(rows[0]))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(2)))
names = ["  Bob ", "alice", " Carol"]
print(list(map(methodcaller("strip"), names)), methodcaller("replace", "o", "0")("foo boo"))
print(sorted(names, key=str.lower), sorted(map(str.strip, names), key=len))


def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10", "1.2", "1.9.1", "0.99", "1.2.0"]
print(sorted(versions, key=cmp_to_key(compare_versions)))
print(sorted(versions, key=cmp_to_key(compare_versions), reverse=True))
print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.getitem("abc", 1))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.itemgetter("k")(d), operator.index(7), operator.concat([1], [2]))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.and_(6, 3), operator.pow(2, 10))
print(operator.length_hint([1, 2, 3]), operator.is_(None, None), operator.abs(-3))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("m", 1, k=2)))
print(attrgetter("name.upper")(students[0])())
try:
    itemgetter(5)(rows)
except IndexError as e:
    print("IndexError", e)
attrgetter("salary")(students[0])
