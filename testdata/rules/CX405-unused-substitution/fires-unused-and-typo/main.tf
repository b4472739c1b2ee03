resource "genesyscloud_flow" "inbound" {
  filepath = "inbound.yaml"
  substitutions = {
    flow_name         = "Order status"
    flow_descripton   = "Where is my order"
    greeting          = "Welcome"
    default_language  = "en-us"
  }
}
