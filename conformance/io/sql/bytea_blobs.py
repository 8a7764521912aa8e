# bytea: bytes in and out, server-side functions on binary data, hashes compared with hashlib.
import hashlib
import sql

sql.query("DROP TABLE IF EXISTS blobs")
sql.query("CREATE TABLE blobs (name text PRIMARY KEY, data bytea NOT NULL)")

payloads = {
    "empty": b"",
    "ascii": b"hello, world",
    "binary": bytes(range(256)),
    "nulls": b"\x00\x00\x01\x00",
    "utf8": "naïve café ✓".encode(),
}
for name, data in payloads.items():
    sql.query("INSERT INTO blobs VALUES ($1, $2)", [name, data])

for row in sql.query("SELECT name, data, length(data) AS size, md5(data) AS md5 FROM blobs ORDER BY name"):
    data = row["data"]
    same = data == payloads[row["name"]]
    print(f"{row['name']:>6} {row['size']:>3} same={same} md5_ok={row['md5'] == hashlib.md5(data).hexdigest()}")
    if len(data) <= 16:
        print("       ", repr(data))

print(sql.query("SELECT substring(data FROM 2 FOR 4) AS part FROM blobs WHERE name = 'ascii'"))
print(sql.query("SELECT sha256($1) AS digest", [b"abc"])[0]["digest"].hex())
print(hashlib.sha256(b"abc").hexdigest())
print(sql.query("SELECT encode($1, 'base64') AS b64, decode('ZGF0YQ==', 'base64') AS raw", [b"\xfa\xfb\xfc"]))
print(sql.query("SELECT $1::bytea || $2::bytea AS joined", [bytearray(b"ab"), b"cd"]))
print(sql.query("SELECT data FROM blobs WHERE data = $1", [b"\x00\x00\x01\x00"]))
print(sql.query("SELECT '\\xdeadbeef'::bytea AS literal, NULL::bytea AS missing"))
