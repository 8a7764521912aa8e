# Shunting-yard: infix to postfix with precedence and associativity, then evaluating the postfix form.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT_ASSOC = {"^"}


def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            tokens.append(num)
            num = ""
        if ch in PREC or ch in "()":
            tokens.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad character {ch!r}")
    if num:
        tokens.append(num)
    return tokens


def to_postfix(tokens):
    out, stack = [], []
    for tok in tokens:
        if tok in PREC:
            while stack and stack[-1] in PREC and (PREC[stack[-1]] > PREC[tok] or (PREC[stack[-1]] == PREC[tok] and tok not in RIGHT_ASSOC)):
                out.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise ValueError("unbalanced ')'")
            stack.pop()
        else:
            out.append(tok)
    while stack:
        if stack[-1] == "(":
            raise ValueError("unbalanced '('")
        out.append(stack.pop())
    return out


def evaluate(postfix):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a**b}
    for tok in postfix:
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    return stack[0]


for expr in ["3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1 + 2) * (3 + 4)", "2 ^ 3 ^ 2", "10 - 4 - 3", "7 % 4 * 2.5", "42"]:
    pf = to_postfix(tokenize(expr))
    print(f"{expr:<30} {' '.join(pf):<28} = {evaluate(pf)}")
for bad in ["(1 + 2", "1 + 2)", "2 $ 3"]:
    try:
        evaluate(to_postfix(tokenize(bad)))
    except ValueError as e:
        print(f"{bad!r}: {e}")
evaluate(to_postfix(tokenize("1 / (2 - 2)")))
