resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
}

resource "genesyscloud_integration_action" "get_user" {
  name           = "Get User"
  integration_id = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
}

resource "genesyscloud_integration" "data_actions" {
  intended_state = "ENABLED"
}

resource "genesyscloud_integration_credential" "oauth" {
  name = "Data actions client"
}
