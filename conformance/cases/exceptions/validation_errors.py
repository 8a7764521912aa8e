# Collecting validation errors into one exception with a list of problems; raising it at the end.
class ValidationError(Exception):
    def __init__(self, errors):
        self.errors = errors
        lines = "\n".join(f"  - {field}: {msg}" for field, msg in errors)
        super().__init__(f"{len(errors)} validation error(s):\n{lines}")


RULES = {
    "name": [(lambda v: isinstance(v, str), "must be a string"), (lambda v: len(v) >= 2, "too short")],
    "age": [(lambda v: isinstance(v, int), "must be an int"), (lambda v: 0 <= v <= 150, "out of range")],
    "email": [(lambda v: "@" in v, "missing @"), (lambda v: "." in v.split("@")[-1], "bad domain")],
}


def validate(record):
    errors = []
    for field, checks in RULES.items():
        if field not in record:
            errors.append((field, "is required"))
            continue
        for check, message in checks:
            if not check(record[field]):
                errors.append((field, message))
                break
    if errors:
        raise ValidationError(errors)
    return record


print(validate({"name": "Ann", "age": 30, "email": "ann@x.org"}))
try:
    validate({"name": "A", "age": 200})
except ValidationError as e:
    print(e)
    print(e.errors)
validate({"name": 5, "age": "old", "email": "nobody@localhost"})
