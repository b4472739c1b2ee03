resource "genesyscloud_flow" "inbound" {
  filepath    = "inbound.yaml"
  retry_count = 3
}

resource "genesyscloud_integration_action" "get_user" {
  name            = "Get User"
  category        = "Genesys Cloud"
  integration_id  = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
  contract_input  = "{}"
  contract_output = "{}"
  max_retries     = 2
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/users/me"
    backoff_multiplier   = 2
  }
  retry_policy {
    attempts = 3
  }
}
