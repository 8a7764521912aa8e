total := 10
