width = 1abc
