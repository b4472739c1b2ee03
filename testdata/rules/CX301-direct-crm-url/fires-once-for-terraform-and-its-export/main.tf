# The GenesysCloudDevOps data-action modules' shape: the module defines the action in Terraform
# and ships its export beside it. One action, one finding, at the Terraform.
variable "action_name" {
  type = string
}

variable "integration_id" {
  type = string
}

resource "genesyscloud_integration_action" "action" {
  name                   = var.action_name
  category               = "ServiceNow"
  integration_id         = var.integration_id
  config_timeout_seconds = 10
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://$${input.Domain}.service-now.com/api/now/table/incident"
    request_type         = "POST"
  }
}
