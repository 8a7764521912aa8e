# json.loads edge cases: numbers, escapes, non-ASCII positions, hooks and every decode error message.
import json
docs = ['{"a": 1, "b": [1, 2.5, -3e2, true, false, null], "c": "x\\ny\\u00e9\\ud83d\\ude00"}',
        '  [1, 2, 3]  ', '123456789012345678901234567890', '-0', '-0.0', '1E400', '[NaN, Infinity, -Infinity]',
        '{"a":1,"a":2}', '"caf\u00e9 \u65e5\u672c"', '{"k\u00e9y": "v\u00e4l"}', '[]', '{}', '[[[[]]]]', '0.1', '1e-7', '12.50',
        # errors
        '', '   ', '[1,]', '{"a":1,}', '{a:1}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '"abc', '"a\\qb"', '"\\u12G4"',
        '"tab\there"', 'nul', 'tru', '[1]x', '01', '-', '1.', '1e', '.5', '{"a":', '[', '["a",', '\ufeff{}',
        '{"\u00e9": [1, 2 3]}', '"\u00e9\u00e9\\x"', '\n\n  [1,\n  2,,]', '1 2', 'Infinity1', '-Infinityx', '"\\', '[-]',
        '{"a": "\x01"}']
for d in docs:
    try:
        r = json.loads(d)
        print(repr(d), '->', repr(r), type(r).__name__)
    except json.JSONDecodeError as e:
        print(repr(d), 'JSONDecodeError', e, e.pos, e.lineno, e.colno, repr(e.msg))
print(json.loads('{"a": "\x01"}', strict=False))
print(json.loads('[1.5, 2]', parse_float=str), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2]', parse_int=float), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN]', parse_constant=str), json.loads(b'[1]'), json.loads(bytearray(b'{"x": 2}')))
print(json.loads("[" * 100 + "]" * 100) == eval("[" * 100 + "]" * 100))
print(json.loads('1' * 5000) if False else "skip")
dec = json.JSONDecoder()
print(dec.decode('{"z": [1, {"y": null}]}'), dec.raw_decode('[1] tail'))
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError", e)
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
