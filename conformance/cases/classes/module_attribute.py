# Assigning __module__ changes how a class and its instances are shown.

class Widget:
    pass


class Gadget:
    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__}>"


print(Widget.__module__, repr(Widget))
Widget.__module__ = "toolkit.widgets"
print(Widget.__module__, repr(Widget))
w = Widget()
print(repr(w).split(" at ")[0])

Gadget.__module__ = "toolkit.gadgets"
print(Gadget(), Gadget)


def make_record(name, module):
    cls = type(name, (), {"__module__": module})
    return cls


Rec = make_record("Record", "app.models")
print(Rec, Rec.__module__)
Rec.__qualname__ = "Models.Record"
print(Rec)
