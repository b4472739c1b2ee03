resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
  webhook {
    key     = "crm_update"
    url     = "https://crm.acme.example/hooks/genesys"
    headers = { "Content-Type" = "application/json" }
    retry_count        = 3
    retry_interval_ms  = 250
    backoff_multiplier = 2.0
    retry_jitter       = true
    timeout_ms         = 10000
  }
}
