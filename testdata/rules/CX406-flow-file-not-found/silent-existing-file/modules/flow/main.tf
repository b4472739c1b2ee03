resource "genesyscloud_flow" "inbound" {
  filepath = "${path.module}/inbound.yaml"
}
