"""f-strings: tuples, specs with fields, concatenation, debug text, nesting."""
a = f'{x, y}'
b = f'{x,}'
c = f'''
{x, y} {z!r:>{w}}'''
d = f'{ x = }' f"{y=!s:^10}" F'{z}' rf'\d{x}' fR"{y}\n"
e = f'{(lambda: 1)()}' f'{[i for i in r]}' f'{ {"a": 1}["a"] }'
g = f'{yield_ if True else 0}' f'{x:{"fmt"}}' f'{3.14:.{2}f}'
h = (f'first {a}'
     f'second {b!a}'
     'plain')
i = f'{"nested " + f"{inner}"}'
j = f'{x:%Y-%m-%d %H:%M}' f'{{literal}}' f'{x}}}{{'
k = f"{'é' + x}" f'{x}é{y}'
def gen():
    return f'{(yield)}'
