# Valid HCL that hcl2json cannot turn into JSON: one block type both without and with labels.
thing {
}
thing "named" {
}
