# Parsing a binary record format: header fields with int.from_bytes, length-prefixed strings.
def build_record(rec_id, flags, name, values):
    out = bytearray()
    out += b"RC"
    out += rec_id.to_bytes(4, "big")
    out.append(flags)
    encoded = name.encode("utf-8")
    out += len(encoded).to_bytes(2, "little")
    out += encoded
    out.append(len(values))
    for v in values:
        out += v.to_bytes(2, "big", signed=True)
    return bytes(out)


def parse_record(data):
    if data[:2] != b"RC":
        raise ValueError(f"bad magic {data[:2]!r}")
    pos = 2
    rec_id = int.from_bytes(data[pos : pos + 4], "big")
    pos += 4
    flags = data[pos]
    pos += 1
    name_len = int.from_bytes(data[pos : pos + 2], "little")
    pos += 2
    name = data[pos : pos + name_len].decode("utf-8")
    pos += name_len
    count = data[pos]
    pos += 1
    values = []
    for _ in range(count):
        values.append(int.from_bytes(data[pos : pos + 2], "big", signed=True))
        pos += 2
    active = bool(flags & 1)
    return {"id": rec_id, "active": active, "flags": f"{flags:08b}", "name": name, "values": values}


raw = build_record(70000, 0b101, "sensör-7", [1, -1, 32767, -32768, 500])
print(raw)
print(len(raw), raw.hex(" ", 4))
print(parse_record(raw))
stream = raw + build_record(1, 0, "x", [])
print(parse_record(stream[len(raw) :]))
try:
    parse_record(b"XX" + raw[2:])
except ValueError as e:
    print("ValueError:", e)
parse_record(raw[:9])
