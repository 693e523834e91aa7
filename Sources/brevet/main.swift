print("brevet: not yet built")
