# A plugin registry filled by decorators: named handlers, priorities and dispatch by file extension.
HANDLERS = {}


def handles(*extensions, priority=0):
    def decorator(fn):
        for ext in extensions:
            HANDLERS.setdefault(ext, []).append((priority, fn))
            HANDLERS[ext].sort(key=lambda pair: -pair[0])
        return fn

    return decorator


@handles(".txt", ".md")
def plain_text(name, data):
    return f"{name}: {len(data.split())} words"


@handles(".md", priority=10)
def markdown(name, data):
    headings = [line for line in data.splitlines() if line.startswith("#")]
    return f"{name}: {len(headings)} headings"


@handles(".csv")
def csv_rows(name, data):
    rows = [r.split(",") for r in data.strip().splitlines()]
    return f"{name}: {len(rows) - 1} rows x {len(rows[0])} cols"


def process(name, data):
    ext = name[name.rfind(".") :]
    handlers = HANDLERS.get(ext)
    if not handlers:
        raise LookupError(f"no handler for {ext!r}")
    return handlers[0][1](name, data)


files = {
    "notes.txt": "buy milk and eggs",
    "README.md": "# Title\ntext\n## Usage\nmore",
    "data.csv": "a,b,c\n1,2,3\n4,5,6\n",
}
for name, data in files.items():
    print(process(name, data))
print({ext: [fn.__name__ for _, fn in hs] for ext, hs in sorted(HANDLERS.items())})
print(plain_text("direct.md", "still callable directly"))
try:
    process("image.png", b"")
except LookupError as exc:
    print("LookupError:", exc)
