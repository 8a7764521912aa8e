# An error deep in a call chain of methods and functions: the traceback lists every frame.
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_line(i, line) for i, line in enumerate(self.text.splitlines(), 1)]

    def parse_line(self, lineno, line):
        key, value = line.split("=", 1)
        return key.strip(), self.parse_value(value.strip())

    def parse_value(self, value):
        if value.startswith("["):
            return [self.parse_value(v.strip()) for v in value.strip("[]").split(",")]
        if value.isdigit():
            return int(value)
        return convert_word(value)


def convert_word(word):
    words = {"true": True, "false": False, "none": None}
    return words[word.lower()]


good = Parser("a = 1\nb = [1, 2, true]\nc = None")
print(good.parse())
bad = Parser("x = 5\ny = [1, maybe]")
bad.parse()
