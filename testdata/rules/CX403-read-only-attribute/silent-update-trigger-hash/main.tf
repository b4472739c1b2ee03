resource "genesyscloud_flow" "inbound" {
  filepath            = "inbound.yaml"
  update_trigger_hash = filesha256("inbound.yaml")
}
