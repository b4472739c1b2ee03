module "flow" {
  source = "./modules/flow"
}

resource "genesyscloud_integration_credential" "oauth" {
  id                   = "c0ffee00-0000-4000-8000-000000000000"
  name                 = "Data actions client"
  credential_type_name = "pureCloudOAuthClient"
}
