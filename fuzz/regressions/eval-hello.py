print("placeholder: the regression runner needs one case")
