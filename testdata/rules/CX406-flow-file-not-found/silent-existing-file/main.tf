module "flow" {
  source = "./modules/flow"
}

resource "genesyscloud_flow" "outbound" {
  filepath = "flows/outbound.yaml"
}
