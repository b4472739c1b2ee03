terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.70"
    }
  }
}

resource "genesyscloud_flow" "inbound" {
  filepath          = "inbound.yaml"
  file_content_hash = filesha256("inbound.yaml")
}
