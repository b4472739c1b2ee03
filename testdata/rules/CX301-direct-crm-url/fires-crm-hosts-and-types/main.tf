resource "genesyscloud_integration" "sfdc" {
  integration_type = "salesforce-datadip"
}

resource "genesyscloud_integration_action" "sn" {
  name                   = "ServiceNow incident"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://$${input.Domain}.service-now.com/api/now/table/incident"
    request_type         = "POST"
  }
}
resource "genesyscloud_integration_action" "hubspot" {
  name                   = "HubSpot ticket"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://api.hubapi.com/crm/v3/objects/tickets"
    request_type         = "POST"
  }
}
resource "genesyscloud_integration_action" "sf_type" {
  name                   = "Salesforce case"
  category               = "Orders"
  integration_id         = genesyscloud_integration.sfdc.id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "/services/data/v54.0/sobjects/Case"
    request_type         = "POST"
  }
}
resource "genesyscloud_integration_action" "sf_path" {
  name                   = "Salesforce contact"
  category               = "Orders"
  integration_id         = var.salesforce_integration_id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "/services/data/v54.0/query"
    request_type         = "GET"
  }
}
resource "genesyscloud_integration_action" "dynamics" {
  name                   = "Dynamics lead"
  category               = "Orders"
  integration_id         = var.dynamics_integration_id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "/api/data/v9.2/leads"
    request_type         = "GET"
  }
}
resource "genesyscloud_integration_action" "own_crm" {
  name                   = "Own CRM"
  category               = "Orders"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://api.acme-crm.example/v1/customers"
    request_type         = "GET"
  }
}
variable "salesforce_integration_id" {}
variable "dynamics_integration_id" {}
