# A module that reaches the host (multiprocessing).
import multiprocessing

multiprocessing.Process(target=print).start()
