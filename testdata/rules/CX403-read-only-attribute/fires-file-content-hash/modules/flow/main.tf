resource "genesyscloud_flow" "inbound" {
  filepath          = "${path.module}/inbound.yaml"
  file_content_hash = filesha256("${path.module}/inbound.yaml")
}
