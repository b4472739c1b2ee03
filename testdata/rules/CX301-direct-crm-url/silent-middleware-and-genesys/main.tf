resource "genesyscloud_integration" "platform" {
  integration_type = "purecloud-data-actions"
}

resource "genesyscloud_integration_action" "via_gateway" {
  name                   = "Salesforce via gateway"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://crm-gateway.acme.example/salesforce/cases"
    request_type         = "POST"
  }
}
resource "genesyscloud_integration_action" "gateway_on_sf" {
  name                   = "Gateway hosted on force.com"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://gateway.acme.force.com/cases"
    request_type         = "POST"
  }
}
resource "genesyscloud_integration_action" "genesys" {
  name                   = "Get queue"
  category               = "Orders"
  integration_id         = genesyscloud_integration.platform.id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "/api/v2/routing/queues/$${input.queueId}"
    request_type         = "GET"
  }
}
resource "genesyscloud_integration_action" "other" {
  name                   = "Weather"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://api.weather.example/today"
    request_type         = "GET"
  }
}
