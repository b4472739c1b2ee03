resource "genesyscloud_flow" "inbound" {
  filepath = "inbound.yaml"
  substitutions = {
    flow_name        = "Order status"
    flow_description = "Where is my order"
    greeting         = "Welcome"
  }
}
