# Deeply nested functions reading and rebinding names at different levels of a config builder.
def make_builder(app):
    settings = {"app": app}
    stage = "init"

    def set_value(key, value):
        settings[key] = value
        return builder

    def advance(new_stage):
        nonlocal stage
        old = stage
        stage = new_stage

        def report():
            return f"{app}: {old} -> {stage}"

        return report()

    def snapshot():
        def fmt(k):
            return f"{k}={settings[k]!r}"

        return ", ".join(fmt(k) for k in sorted(settings)) + f" [{stage}]"

    builder = {"set": set_value, "advance": advance, "snapshot": snapshot}
    return builder


b = make_builder("shop")
b["set"]("port", 8080)["set"]("debug", True)
print(b["advance"]("configured"))
print(b["snapshot"]())
print(b["advance"]("running"), b["snapshot"]())
other = make_builder("blog")
print(other["snapshot"](), b["snapshot"]() != other["snapshot"]())


def level1():
    a = 1

    def level2():
        b = 2

        def level3():
            c = 3

            def level4():
                return a + b + c

            return level4()

        return level3()

    return level2()


print(level1())
try:
    b["missing"]()
except KeyError as exc:
    print("KeyError:", exc)
