# tb.tb_frame.f_back climbs out of the program's frames into whatever called it.
try:
    1 / 0
except ZeroDivisionError as exc:
    tb = exc.__traceback__
    print(tb.tb_lineno, tb.tb_next)
    tb.tb_frame.f_back.f_globals
