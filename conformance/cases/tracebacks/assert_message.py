# Traceback format: assert message.
assert 1 + 1 == 3, "math is broken"
