# Nested helper functions inside a parser: a recursive-descent arithmetic evaluator.
def evaluate(expression):
    tokens = expression.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def atom():
        tok = take()
        if tok == "(":
            value = expr()
            take()
            return value
        if tok == "-":
            return -atom()
        return float(tok) if "." in tok else int(tok)

    def term():
        value = atom()
        while peek() in ("*", "/"):
            op = take()
            rhs = atom()
            value = value * rhs if op == "*" else value / rhs
        return value

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = take()
            rhs = term()
            value = value + rhs if op == "+" else value - rhs
        return value

    result = expr()
    if pos != len(tokens):
        raise SyntaxError(f"unexpected token {tokens[pos]!r}")
    return result


for e in ["1 + 2 * 3", "( 1 + 2 ) * 3", "10 / 4 - 1", "- 3 * - ( 2 + 1 )", "2 * 3.5", "7"]:
    print(f"{e} = {evaluate(e)}")
try:
    evaluate("1 2")
except SyntaxError as e:
    print("SyntaxError:", e)
evaluate("1 / ( 2 - 2 )")
