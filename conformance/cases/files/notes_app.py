"""A small notes store on the filesystem: os, os.path, json, and pathlib together."""
import json
import os
from pathlib import Path

ROOT = Path("notes")


def save(slug, title, body, tags=()):
    ROOT.mkdir(exist_ok=True)
    path = ROOT / f"{slug}.json"
    path.write_text(json.dumps({"title": title, "body": body, "tags": list(tags)}, indent=2))
    return path


def load(slug):
    return json.loads((ROOT / f"{slug}.json").read_text())


save("groceries", "Groceries", "milk, eggs", ["home"])
save("ideas", "Ideas", "an interpreter in Rust", ["work", "fun"])
save("todo", "Todo", "- write tests\n- ship", ["work"])

print(sorted(p.name for p in ROOT.iterdir()))
print(sorted(p.stem for p in ROOT.glob("*.json")))
print(load("ideas")["tags"])
by_tag = {}
for p in sorted(ROOT.glob("*.json")):
    for tag in load(p.stem)["tags"]:
        by_tag.setdefault(tag, []).append(p.stem)
print(by_tag)

os.rename(ROOT / "todo.json", ROOT / "done.json")
print(os.path.exists("notes/todo.json"), os.path.isfile("notes/done.json"))
print(os.path.getsize("notes/done.json") > 10)
os.remove(os.path.join("notes", "groceries.json"))
print(sorted(os.listdir("notes")))
print((ROOT / "done.json").read_text().splitlines()[1])

try:
    load("missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, e.filename)
try:
    ROOT.mkdir()
except FileExistsError as e:
    print("FileExistsError:", e)
