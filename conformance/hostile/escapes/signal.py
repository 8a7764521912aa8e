# A module that reaches the host (signal).
import signal

signal.signal(signal.SIGALRM, print)
