resource "genesyscloud_integration" "orders" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = "Order Management"
  }
}

resource "genesyscloud_integration_action" "get_order" {
  name           = "Get Order Status"
  category       = "Order Management"
  integration_id = genesyscloud_integration.orders.id
  config_timeout_seconds = 10
  contract_input = jsonencode({
    type       = "object"
    properties = { orderId = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { status = { type = "string" } }
  })
  config_request {
    request_url_template = "https://orders.acme.example/v1/orders/$${input.orderId}"
    request_type         = "GET"
  }
  config_response {
    success_template = "$${rawResult}"
  }
}

# The timeout is invalid on custom auth actions (docs/domain.md §1).
resource "genesyscloud_integration_custom_auth_action" "auth" {
  integration_id = genesyscloud_integration.orders.id
  config_request {
    request_url_template = "https://login.acme.example/oauth/token"
    request_type         = "POST"
    request_template     = "grant_type=client_credentials"
  }
}
