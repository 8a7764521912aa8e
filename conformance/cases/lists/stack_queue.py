# A list used as a stack (bracket matching, RPN calculator) and as a queue (pop(0)).
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for s in ["(a[b]{c})", "([)]", "((", "", "{[()()]}", "}"]:
    print(repr(s), balanced(s))


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b = stack.pop()
            a = stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(float(tok))
    return stack.pop()


print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"))
queue = ["job1", "job2", "job3"]
served = []
while queue:
    job = queue.pop(0)
    served.append(job)
    if job == "job1":
        queue.append("job1-retry")
print(served)
history = []
for page in ["home", "about", "blog", "post-1"]:
    history.append(page)
print("back to", history.pop(), "->", history[-1], history)
print(rpn("1 +"))
