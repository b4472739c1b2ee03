# A committed default is judged too (fires-committed-tfvars); this one is a placeholder.
variable "bearer_token" {
  default   = "<bearer token>"
  sensitive = true
}

resource "genesyscloud_integration_action" "tickets" {
  name                   = "Create ticket"
  category               = "Tickets"
  integration_id         = "x"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://crm-gateway.acme.example/tickets"
    request_type         = "GET"
    headers = {
      "Authorization" : "${var.bearer_token}",
      "Proxy-Authorization" = "Basic $${credentials.basicAuth}"
      "X-Api-Key"     = "<YOUR API KEY>"
      "X-Token"       = "XXXXXXXXXXXX"
      "Content-Type"  = "application/json"
    }
  }
}

resource "genesyscloud_integration_credential" "crm" {
  name                 = "CRM"
  credential_type_name = "userDefinedOAuth"
  fields = {
    clientId     = "public-client-id"
    clientSecret = var.bearer_token
  }
}
