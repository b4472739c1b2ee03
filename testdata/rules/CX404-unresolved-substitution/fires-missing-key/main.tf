resource "genesyscloud_flow" "inbound" {
  filepath = "inbound.yaml"
  substitutions = {
    flow_name = "Order status"
  }
}
