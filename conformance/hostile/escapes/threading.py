# A module that reaches the host (threading).
import threading

threading.Thread(target=print).start()
