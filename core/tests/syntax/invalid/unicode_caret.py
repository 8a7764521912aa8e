café = "crème" +* "brûlée"
