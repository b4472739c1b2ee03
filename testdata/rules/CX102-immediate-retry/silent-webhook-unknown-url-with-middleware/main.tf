variable "crm_webhook_url" {
  type = string
}

resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
  webhook {
    key     = "crm_update"
    url     = var.crm_webhook_url
    headers = { "Content-Type" = "application/json" }
    retry_count = 3
    timeout_ms  = 10000
  }
}
