variable "integration_id" {
  type = string
}

resource "genesyscloud_flow" "inbound" {
  filepath = "inbound.yaml"
}

resource "genesyscloud_integration_action_draft" "draft" {
  name            = "Get User (draft)"
  category        = "Genesys Cloud"
  integration_id  = var.integration_id
  contract_input  = "{}"
  contract_output = "{}"
  dynamic "config_request" {
    for_each = [1]
    content {
      request_type         = "GET"
      request_url_template = "/api/v2/users/me"
    }
  }
}

resource "genesyscloud_processautomation_trigger" "on_end" {
  name       = "On end"
  enabled    = true
  topic_name = "v2.detail.events.conversation.{id}.customer.end"
  target {
    id   = "2c6a4e1b-3d5f-4a7b-9c8d-1e2f3a4b5c6d"
    type = "Workflow"
  }
}
