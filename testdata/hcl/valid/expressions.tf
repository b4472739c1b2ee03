traversal   = var.a.b.c
index       = var.list[0]
string_key  = var.map["key"]
expr_index  = var.list[count.index + 1]
legacy      = aws_instance.web.0.id
chained     = var.a[0].b["c"].d
attr_splat  = aws_instance.web.*.id
full_splat  = aws_instance.web[*].id
splat_index = var.list[*].tags["Name"]
splat_then  = var.list.*.name[0]
legacy_splat = var.a.*.b.0
call        = lower("ABC")
call_args   = merge(var.a, var.b, { c = 1 })
expand      = concat(var.lists...)
trailing    = max(1, 2, 3,)
namespaced  = provider::terraform::encode_tfvars({})
no_args     = timestamp()
method_ish  = jsondecode(var.json).key
conditional = var.enabled ? 1 : 0
nested_cond = var.a ? "a" : var.b ? "b" : "c"
arith       = 1 + 2 * 3 - 4 / 5 % 6
compare     = var.a < var.b && var.c >= 3 || !var.d
equality    = var.a == "x" != false
negation    = -var.count
double_neg  = - -1
not_not     = !!var.flag
parens      = (1 + 2) * 3
paren_only  = (var.x)
tuple       = [1, "two", var.three, [4], { five = 5 }]
empty_tuple = []
object      = { a = 1, "b" = 2, c : 3, "d" : 4 }
keys        = { (var.key) = 1, var.k2 = 2, 3 = "three", true = "t", null = "n", "${var.k}" = 4 }
empty_obj   = {}
for_tuple   = [for s in var.list : upper(s)]
for_index   = [for i, s in var.list : "${i}:${s}" if s != ""]
for_object  = { for k, v in var.map : k => v }
for_group   = { for s in var.list : substr(s, 0, 1) => s... }
for_cond    = { for k, v in var.map : k => v if v != null }
multiline = [
  1,
  2, # comments are fine here
  3, // and here
  /* and here */ 4,
]
multiline_call = format(
  "%s-%s",
  var.a,
  var.b
)
multiline_object = {
  a = 1
  b = 2,
  c = [
    3,
  ]

  d = {
    e = "f"
  }
}
newline_in_parens = (
  var.a
  + var.b
)
for_newlines = [
  for x in var.xs :
  x
  if x != null
]
object_for_newline = {
  for k, v in var.map :
  k => v
}
