# IntEnum for HTTP status codes: int behaviour, comparisons, formatting and lookups.
from enum import IntEnum


class HTTP(IntEnum):
    OK = 200
    CREATED = 201
    NO_CONTENT = 204
    MOVED = 301
    NOT_FOUND = 404
    TEAPOT = 418
    SERVER_ERROR = 500

    @property
    def family(self):
        return {2: "success", 3: "redirect", 4: "client error", 5: "server error"}[self // 100]

    @classmethod
    def from_text(cls, text):
        return cls[text.upper().replace(" ", "_")]


responses = [200, 404, 201, 500, 418, 204, 301, 404]
counts = {}
for code in responses:
    status = HTTP(code)
    counts[status] = counts.get(status, 0) + 1
for status, n in sorted(counts.items()):
    print(f"{status:d} {status.name:<12} {status.family:<12} x{n}")

print(HTTP.OK, repr(HTTP.OK), str(HTTP.NOT_FOUND), f"{HTTP.TEAPOT}", format(HTTP.CREATED, ">6"))
print(HTTP.OK == 200, HTTP.OK < HTTP.NOT_FOUND, HTTP.SERVER_ERROR > 499, HTTP.OK + 1, HTTP.MOVED * 2)
print(isinstance(HTTP.OK, int), int(HTTP.NO_CONTENT), hash(HTTP.OK) == hash(200), {200: "x"}[HTTP.OK])
print(sorted([HTTP.SERVER_ERROR, HTTP.OK, HTTP.MOVED]), max(HTTP), min(HTTP).name)
print(HTTP.from_text("not found"), HTTP.from_text("Server Error").value, [h.value for h in HTTP][:3])
print(list(range(HTTP.OK, HTTP.NO_CONTENT)), "%d %s %r" % (HTTP.OK, HTTP.OK, HTTP.OK))
print(sum(HTTP) // len(HTTP), HTTP.TEAPOT.bit_length(), divmod(HTTP.TEAPOT, 100))
try:
    HTTP(999)
except ValueError as e:
    print(e)
