variable "description" {}

resource "genesyscloud_flow" "inbound" {
  filepath = "inbound.yaml"
  substitutions = {
    flow_name        = "Order status"
    flow_description = var.description
    greeting         = "Welcome"
  }
}

# Substitutions from a remote module cannot be read: CX003, not CX404.
module "names" {
  source = "git::https://example.com/names.git"
}

resource "genesyscloud_flow" "copy" {
  filepath      = "inbound.yaml"
  substitutions = module.names.substitutions
}
