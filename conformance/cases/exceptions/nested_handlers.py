# Nested try blocks: inner handlers, errors raised inside except and finally, and outer recovery.
def stage(name, fail=None):
    print(f"  stage {name}")
    if fail:
        raise fail


def pipeline(fail_at):
    results = []
    try:
        try:
            stage("load", ValueError("bad input") if fail_at == "load" else None)
            results.append("loaded")
            stage("transform", KeyError("col") if fail_at == "transform" else None)
            results.append("transformed")
        except ValueError as e:
            results.append(f"inner recovered from {e}")
        finally:
            results.append("inner cleanup")
        stage("save", OSError("disk full") if fail_at == "save" else None)
        results.append("saved")
    except (KeyError, OSError) as e:
        results.append(f"outer caught {type(e).__name__}")
    return results


for where in [None, "load", "transform", "save"]:
    print(where, pipeline(where))


def handler_raises():
    try:
        {}["x"]
    except KeyError:
        try:
            int("y")
        except ValueError as inner:
            print("  inner context is", type(inner.__context__).__name__)
            return "handled both"


print(handler_raises())
try:
    try:
        1 / 0
    finally:
        print("  finally before propagation")
except ZeroDivisionError:
    print("outer got ZeroDivisionError")
try:
    [].pop()
except IndexError:
    raise TypeError("handler failed")
