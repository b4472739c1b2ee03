name "value"
x = 1
block
