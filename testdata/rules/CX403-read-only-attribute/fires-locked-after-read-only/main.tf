resource "genesyscloud_flow" "inbound" {
  filepath          = "${path.module}/flows/inbound.yaml"
  file_content_hash = filesha256("${path.module}/flows/inbound.yaml")
}
