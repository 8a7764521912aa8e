# input() with no stdin available: EOFError, handled with a default, then left uncaught.
def ask(prompt, default):
    try:
        answer = input(prompt)
    except EOFError:
        print(f"[no input, using {default!r}]")
        return default
    return answer or default


name = ask("name? ", "guest")
age = int(ask("age? ", "30"))
print(f"hello {name}, next year you will be {age + 1}")
answers = []
for question, default in [("colour? ", "blue"), ("size? ", "M")]:
    answers.append(ask(question, default))
print(answers, "|".join(a.upper() for a in answers))
try:
    raw = input()
except EOFError as e:
    print("EOFError:", repr(e), e.args)
confirm = input("continue? ")
