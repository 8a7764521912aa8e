# A text-adventure command parser using sequence patterns over split input, with star captures.
def execute(line):
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            return "you see a dark room"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"you walk {direction}"
        case ["go", other]:
            return f"cannot go {other!r}"
        case ["take", item]:
            return f"taken: {item}"
        case ["take", *items, "and", last]:
            return f"taken: {', '.join(items)} and {last}"
        case ["drop", *items] if items:
            return f"dropped {len(items)} item(s): {items}"
        case ["say", *words]:
            return "you say: " + " ".join(words)
        case [("quit" | "exit" | "q")]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"


for cmd in [
    "",
    "look",
    "go north",
    "go up",
    "take lamp",
    "take key rope and sword",
    "drop",
    "drop coin gem",
    "say hello there world",
    "q",
    "dance wildly",
]:
    print(f"{cmd!r:28} -> {execute(cmd)}")
