"""JSON round trip: build nested records, dumps/loads them repeatedly."""

import json

records = []
for i in range(300):
    records.append({
        "id": i,
        "name": "user%d" % i,
        "active": i % 3 != 0,
        "score": i * 1.25,
        "tags": ["t%d" % (i % 7), "t%d" % (i % 11)],
        "address": {"city": "City%d" % (i % 13), "zip": "%05d" % (i * 37 % 100000)},
        "note": None if i % 5 else "caf\u00e9 \"quoted\" \\ line\nbreak",
    })

total = 0
text = ""
for _ in range(8):
    text = json.dumps(records)
    back = json.loads(text)
    assert back == records
    total += len(text)
pretty = json.dumps(records[:2], indent=2, sort_keys=True)
print(len(text), total)
print(pretty)
print(json.loads('{"a": [1, 2.5, true, false, null, "x\\u00e9"]}'))
