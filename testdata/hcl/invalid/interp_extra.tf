a = "${var.x y}"
