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
      Authorization  = "Bearer pat-na1-0a1b2c3d4e5f"
      "X-Api-Key"    = "k3y-ab12cd34"
      "Content-Type" = "application/json"
    }
  }
}

resource "genesyscloud_integration_credential" "crm" {
  name                 = "CRM"
  credential_type_name = "userDefinedOAuth"
  fields = {
    clientId     = "public-client-id"
    clientSecret = "s3cr3t-value-ü"
  }
}

resource "genesyscloud_conversations_messaging_integrations_open" "acme" {
  name                                                   = "Acme messaging"
  outbound_notification_webhook_url                      = "https://crm-gateway.acme.example/messages"
  outbound_notification_webhook_signature_secret_token   = "a-very-long-signing-secret"
}
