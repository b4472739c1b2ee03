variable "timeout" {
  default = 90
}

resource "genesyscloud_integration_action" "get_user" {
  name                   = "Get User"
  category               = "Genesys Cloud"
  integration_id         = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
  contract_input         = "{}"
  contract_output        = "{}"
  config_timeout_seconds = var.timeout
}

resource "genesyscloud_integration_action_draft" "draft" {
  name                   = "Get User (draft)"
  category               = "Genesys Cloud"
  integration_id         = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
  contract_input         = "{}"
  contract_output        = "{}"
  config_timeout_seconds = 0
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/users/me"
  }
}

resource "genesyscloud_processautomation_trigger" "late" {
  name             = "Late trigger"
  enabled          = true
  topic_name       = "v2.detail.events.conversation.{id}.customer.end"
  delay_by_seconds = 30
  target {
    id   = "2c6a4e1b-3d5f-4a7b-9c8d-1e2f3a4b5c6d"
    type = "Workflow"
  }
}

resource "genesyscloud_processautomation_trigger" "stale" {
  name              = "Stale trigger"
  enabled           = true
  topic_name        = "v2.detail.events.conversation.{id}.customer.end"
  event_ttl_seconds = 5
  target {
    id   = "2c6a4e1b-3d5f-4a7b-9c8d-1e2f3a4b5c6d"
    type = "Workflow"
  }
}
