# Exception notes (3.11): add_note attaches context lines that the traceback prints after the message.
def process_row(row, lineno):
    try:
        name, qty = row.split(",")
        return name, int(qty)
    except ValueError as e:
        e.add_note(f"while processing line {lineno}: {row!r}")
        raise


rows = ["apple,3", "pear,x", "fig,2,extra"]
for i, row in enumerate(rows, 1):
    try:
        print(process_row(row, i))
    except ValueError as e:
        print("error:", e, "| notes:", e.__notes__)
err = RuntimeError("base")
print(hasattr(err, "__notes__"))
err.add_note("first note")
err.add_note("second note")
print(err.__notes__, str(err))
try:
    err.add_note(42)
except TypeError as e:
    print("TypeError:", e)
final = KeyError("order-17")
final.add_note("order was cancelled before shipping")
final.add_note("contact support")
raise final
