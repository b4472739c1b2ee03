# The constraint says 1.23.0, the lock file 1.1.0: terraform uses the locked release, on which
# file_content_hash is required.
terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "1.23.0"
    }
  }
}

resource "genesyscloud_flow" "inbound" {
  filepath          = "inbound.yaml"
  file_content_hash = filesha256("inbound.yaml")
}
