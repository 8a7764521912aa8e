def configure(*):
    pass
