# Valid HCL that hcl2json cannot turn into JSON: one block type both with and without labels.
thing "named" {
}
thing {
}
