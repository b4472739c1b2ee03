# The second action's name comes from a variable with no value, but it is in another category:
# the flow's 'Order Management' / 'Get Order Stats' cannot be that action.
variable "lookup_name" {}

resource "genesyscloud_integration_action" "get_order" {
  name                   = "Get Order Status"
  category               = "Order Management"
  integration_id         = "4f1c2b7e-0000-4000-8000-000000000001"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://crm-gateway.acme.example/orders/$${input.orderId}"
    request_type         = "GET"
  }
}

resource "genesyscloud_integration_action" "lookup" {
  name                   = var.lookup_name
  category               = "Customer Lookup"
  integration_id         = "4f1c2b7e-0000-4000-8000-000000000001"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://crm-gateway.acme.example/lookup/$${input.orderId}"
    request_type         = "GET"
  }
}
