resource "genesyscloud_flow" "inbound" {
  filepath      = "inbound.yaml"
  substitution = { flow_name = "Inbound" }
  force_unlok   = true
}

resource "genesyscloud_integration_action" "get_user" {
  name            = "Get User"
  category        = "Genesys Cloud"
  integration_id  = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
  contract_input  = "{}"
  contract_output = "{}"
  timeout_seconds = 20
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/users/me"
    header               = { Accept = "application/json" }
  }
  config_responses {
    success_template = "$${rawResult}"
  }
}

resource "genesyscloud_integration" "data_actions" {
  integration_type = "purecloud-data-actions"
  enabled          = true
}
