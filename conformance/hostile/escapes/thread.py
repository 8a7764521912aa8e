# A module that reaches the host (_thread).
import _thread

_thread.start_new_thread(print, ())
