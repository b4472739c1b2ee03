variable "client_id" {
  type = string
}
variable "client_secret" {
  type = string
}
# Neither named like a credential nor sensitive: judged by where it goes.
variable "crm_key" {
  type    = string
  default = "Zk3vQ9wLr2Tb7Hn4Xc8Pm1Ds6Gy0Ja5E"
}
variable "hubspot_api_token" {
  type      = string
  sensitive = true
}

locals {
  signing_key = "a9F3kL0pQ7rT2vX8zB4nM6cD1gH5jW"
}

module "lambda_integration" {
  source                          = "./modules/integration"
  integration_name                = "Lambda data actions"
  integration_creds_client_id     = var.client_id
  integration_creds_client_secret = var.client_secret
}

resource "genesyscloud_integration_action" "lookup" {
  name                   = "Lookup"
  category               = "CRM"
  integration_id         = module.lambda_integration.id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://crm.example.com/lookup"
    request_type         = "GET"
    headers = {
      "X-Api-Key" = var.crm_key
    }
  }
}
