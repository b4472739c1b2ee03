variable "flow_path" {
  type = string
}

resource "genesyscloud_flow" "from_s3" {
  filepath = "s3://acme-flows/inbound.yaml"
}

resource "genesyscloud_flow" "from_variable" {
  filepath = var.flow_path
}
