module "data_action" {
  source           = "git::https://github.com/GenesysCloudDevOps/public-api-data-actions-integration-module?ref=main"
  integration_name = "Disconnect Interaction"
}

resource "genesyscloud_flow" "inbound" {
  filepath = "missing.yaml"
}
