# An interface by convention: base methods raise NotImplementedError; a storage backend contract.
class Storage:
    def get(self, key):
        raise NotImplementedError

    def put(self, key, value):
        raise NotImplementedError

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default

    def bulk_put(self, items):
        for k, v in items.items():
            self.put(k, v)
        return len(items)


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value


class UpperStorage(MemoryStorage):
    def put(self, key, value):
        super().put(key.upper(), value)

    def get(self, key):
        return super().get(key.upper())


class ReadOnly(Storage):
    def get(self, key):
        return f"constant for {key}"


for store in (MemoryStorage(), UpperStorage()):
    print(type(store).__name__, store.bulk_put({"a": 1, "b": 2}), store.get("a"), store.get_or("zz", "missing"))
ro = ReadOnly()
print(ro.get("x"), ro.get_or("y", None))
try:
    Storage().get("k")
except NotImplementedError as e:
    print("NotImplementedError", repr(e), NotImplementedError.__mro__[1].__name__)
try:
    ro.bulk_put({"k": "v"})
except NotImplementedError as exc:
    print("NotImplementedError:", exc)
