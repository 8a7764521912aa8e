# A closure that reads an enclosing variable before it is assigned raises NameError at call time.
def make_greeter(lang):
    def greet(name):
        return f"{greeting}, {name}!"

    if lang == "en":
        greeting = "Hello"
    elif lang == "fr":
        greeting = "Bonjour"
    return greet


print(make_greeter("en")("Ann"))
print(make_greeter("fr")("Luc"))


def configure():
    handlers = []

    def run_all():
        return [h() for h in handlers]

    handlers.append(lambda: "first")
    handlers.append(lambda: "second")
    return run_all


print(configure()())


def delete_then_read():
    value = 1

    def read():
        return value

    del value
    return read


try:
    delete_then_read()()
except NameError as e:
    print("NameError:", e)
print(make_greeter("de")("Max"))
