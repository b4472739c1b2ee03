resource "genesyscloud_integration_action" "create_note" {
  name                   = "Create Order Note"
  category               = "Order Management"
  integration_id         = "4f1c2b7e-0000-4000-8000-000000000001"
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "https://orders.acme.example/v1/notes"
    request_type         = "POST"
    request_template     = "$${input.rawRequest}"
    headers = {
      "Idempotency-Key" = "$${input.conversationId}-order-note"
    }
  }
}

resource "genesyscloud_flow" "case_updates" {
  filepath = "flow.yaml"
  webhook {
    key                = "crm_close"
    url                = "https://crm.acme.example/hooks/genesys"
    retry_count        = 3
    retry_interval_ms  = 2000
    backoff_multiplier = 2.0
    retry_jitter       = true
    retry_on_status    = [429, 503]
  }
}
