variable "webhook_secret" {
  type      = string
  sensitive = true
}

resource "genesyscloud_conversations_messaging_integrations_open" "acme" {
  name                                                 = "Acme chat"
  outbound_notification_webhook_url                    = "https://chat.acme.example/genesys/outbound"
  outbound_notification_webhook_signature_secret_token = var.webhook_secret
}
