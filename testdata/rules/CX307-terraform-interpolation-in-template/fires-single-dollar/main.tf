resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
}
resource "genesyscloud_integration_action" "get_order" {
  name            = "Get order"
  category        = "Orders"
  integration_id  = genesyscloud_integration.crm.id
  contract_input  = "{}"
  contract_output = "{}"
  config_timeout_seconds = 10
  config_request {
    request_url_template = "https://middleware.example.com/orders/${input.orderId}"
    request_type         = "GET"
    request_template     = "$${input.rawRequest}"
    headers = {
      Authorization = "Bearer ${credentials.token}"
    }
  }
  config_response {
    success_template = "${rawResult}"
    translation_map = { status = "$.status" }
  }
}
