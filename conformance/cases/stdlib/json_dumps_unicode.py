# Text with accents, emoji and control characters, escaped or kept.
import json

messages = [
    {"user": "Zoë", "text": "Café au lait ☕", "lang": "fr"},
    {"user": "Łukasz", "text": "Dzień dobry\tpanie", "lang": "pl"},
    {"user": "陈", "text": "你好，世界", "lang": "zh"},
    {"user": "bot", "text": "Party 🎉🎈 time\n\"quoted\" and \\slashes\\", "lang": "en"},
    {"user": "raw", "text": "bell\x07 null\x00 del\x7f nbsp\xa0 bom\ufeff", "lang": "xx"},
]
for m in messages:
    print(json.dumps(m))
    print(json.dumps(m, ensure_ascii=False))
blob = json.dumps(messages, ensure_ascii=False, indent=1)
print(len(blob), blob.count("\\n"), json.loads(blob) == messages)
print(json.dumps("plain"), json.dumps("é"), json.dumps("\U0001d11e"), json.dumps("</script>"))
print(json.dumps({"ключ": "значение"}), json.dumps({"ключ": "значение"}, ensure_ascii=False))
print(json.dumps(["\u2028\u2029", "\r\n", "\b\f"]))
escaped = json.dumps("🎉")
print(escaped, json.loads(escaped) == "🎉", len(escaped))
