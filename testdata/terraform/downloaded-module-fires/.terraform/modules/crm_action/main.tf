module "integration" {
  source           = "acme-cx/web-services-integration/genesyscloud"
  version          = "2.0.1"
  integration_name = var.integration_name
}

resource "genesyscloud_integration_action" "lookup" {
  name                   = var.action_name
  category               = module.integration.integration_name
  integration_id         = module.integration.integration_id
  config_timeout_seconds = 10
  contract_input = jsonencode({
    type       = "object"
    properties = { phone = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { customerId = { type = "string" } }
  })
  config_request {
    request_url_template = "http://${var.crm_host}/api/v2/customers?phone=$${input.phone}"
    request_type         = "GET"
  }
  config_response {
    success_template = "$${rawResult}"
  }
}
