# A non-data descriptor that computes a value once and caches it in the instance __dict__.
class cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print(f"  computing {self.name}")
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Document:
    def __init__(self, text):
        self.text = text

    @cached
    def words(self):
        return self.text.split()

    @cached
    def word_count(self):
        return len(self.words)

    @cached
    def longest(self):
        return max(self.words, key=len)


doc = Document("the quick brown fox jumps over the lazy dog")
print(doc.word_count)
print(doc.word_count, doc.longest, doc.longest)
print(sorted(vars(doc)))
doc.words = ["replaced"]
print(doc.words, doc.word_count)
del doc.word_count
print(doc.word_count)
other = Document("a bb ccc")
print(other.longest, type(Document.words).__name__, Document.words.name)
empty = Document("")
print(empty.word_count)
print(empty.longest)
