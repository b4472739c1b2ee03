bom = "a byte order mark is skipped"
