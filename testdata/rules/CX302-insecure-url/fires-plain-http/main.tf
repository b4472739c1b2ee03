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
    request_url_template = "http://orders.acme.example:8080/v1/orders/$${input.orderId}"
    request_type         = "GET"
  }
  config_response {
    success_template = "$${rawResult}"
  }
}

resource "genesyscloud_flow" "messaging" {
  filepath = "flow.yaml"
  webhook {
    key         = "crm_update"
    url         = "http://hooks.acme.example/crm"
    retry_count = 0
    timeout_ms  = 5000
  }
}
