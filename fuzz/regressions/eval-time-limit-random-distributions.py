"""Sampling from the continuous distributions of the random module."""
import random
import statistics

rng = random.Random(12345)

samples = {
    "gauss": [rng.gauss(10, 2) for _ in range(2000)],
    "betavariate": [rng.betavariate(2, 5) for _ in range(2000)],
    "normalvariate": [rng.normalvariate(0, 1) for _ in range(2000)],
    "expovariate": [rng.expovariate(0.5) for _ in range(2000)],
    "triangular": [rng.triangular(0, 10, 3) for _ in range(2000)],
   "betavariate": [rng.betavariate(2, 5) for _ in range(2000)],
    "gammavariate": [rng.gammavariate(2.0, 1.5) for _ in range(2000)],
    "lognormvariate": [rng.lognormvariate(0, 0.5) for _ in range(2000)],
    "vonmisesvariate": [rng.vonmisesvariate(1.0, 4.0) for _ in range(2000)],
    "paretovariate": [rng.paretovariate(3.0) for _ in range(2000)],
    "weibullvariate": [rng.weibullvariate(1.0, 1.5) for _ in range(2000)],
}
for name, xs in samples.items():
    print(f"{name:16} mean={statistics.fmean(xs):8.4f} stdev={statistics.stdev(xs):8.4f} "
          f"min={min(xs):8.4f} max={max(xs):8.4f}")

print(rng.getrandbits(64), rng.getrandbits(1), rng.getrandbits(100))
if True:
 if True:
  if True:
   if True:
    if True:
     if True:
      if True:
       if True:
        if True:
         if True:
          if True:
           if True:
            if True:
             if True:
              if True:
               if True:
                if True:
                 if True:
                  if True:
                   if True:
                    if True:
                     if True:
                      if True:
                       if True:
                        if True:
                         if True:
                          if True:
                           if True:
                            if True:
                             if True:
                              if True:
                               if True:
                                if True:
                                 if True:
                                  if True:
                                   if True:
                                    if True:
                                     if True:
                                      if True:
                                       if True:
                                        if True:
                                         if True:
                                          if True:
                                           if True:
                                            if True:
                                             if True:
                                              if True:
                                               if True:
                                                if True:
                                                 if True:
                                                  pass
print(rng.randbytes(8).hex())
print([rng.random() for _ in range(3)])
