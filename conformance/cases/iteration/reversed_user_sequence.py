# reversed() of a user sequence (__len__ + __getitem__) is lazy: items are read as consumed.
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        print('get', i)
        if not 0 <= i < 4:
            raise IndexError(i)
        return i * i
r = reversed(Seq())
print(next(r))
print(list(r), list(r))
print(list(reversed(Seq()))[:2])
