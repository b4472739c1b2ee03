# cxlint-ignore-file CX402: these flows are published by Archy, not by this module

# cxlint-ignore CX401: kept for the migration script that reads these blocks
resource "genesyscloud_flow" "digital_messaging" {
  name = "CRM Integration Flow"
  webhook {
    key     = "crm_update"
    url     = "https://crm.acme.example/hooks/genesys"
    headers = { "Content-Type" = "application/json" }
    retry_count        = 3
    retry_interval_ms  = 250 // cxlint-ignore CX103: the CRM answers 429 with Retry-After: 0
    backoff_multiplier = 2.0
    retry_jitter       = true
    timeout_ms         = 10000
  }
}

resource "genesyscloud_flow" "voice" {
  name = "Voice Flow"
  webhook { // cxlint-ignore CX103 CX106
    key     = "crm_notify"
    url     = "https://crm.acme.example/hooks/voice"
    retry_count        = 3
    retry_interval_ms  = 100
    backoff_multiplier = 2.0
    retry_jitter       = true
    timeout_ms         = 10000
  }
}
