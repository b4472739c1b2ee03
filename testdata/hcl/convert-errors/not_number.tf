# Valid HCL whose operator hcl2json evaluates and finds the wrong type for.
a = !5
