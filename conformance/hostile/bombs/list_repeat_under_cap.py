# A list just under the single-allocation cap but over the memory limit.
xs = [0] * (50 * 2**20)
