# gen.gi_frame.f_back.f_globals: a suspended generator's frame chain.
def numbers():
    yield 1
    yield 2

gen = numbers()
next(gen)
gen.gi_frame.f_back
