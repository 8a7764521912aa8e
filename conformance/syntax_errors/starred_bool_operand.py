defaults = [1, 2]
extra = None
values = [*defaults or extra]
