# A lower bound only (the web messaging blueprint): releases before and after 1.68.5 qualify.
terraform {
  required_providers {
    genesyscloud = {
      source = "mypurecloud/genesyscloud"
      version = ">=1.17.0"
    }
  }
}

resource "genesyscloud_flow" "inbound" {
  filepath = "${path.module}/inbound.yaml"
  file_content_hash = filesha256("${path.module}/inbound.yaml")
}
