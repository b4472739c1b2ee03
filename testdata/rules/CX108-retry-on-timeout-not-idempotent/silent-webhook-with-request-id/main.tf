resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
  webhook {
    key     = "crm_update"
    url     = "https://crm.acme.example/hooks/genesys"
    headers = { "Content-Type" = "application/json", "X-Request-Id" = "$${request_id}" }
    retry_count        = 2
    retry_interval_ms  = 1000
    backoff_multiplier = 2.0
    retry_jitter       = true
    retry_on_timeout   = true
    timeout_ms         = 10000
  }
}
