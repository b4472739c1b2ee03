resource "genesyscloud_integration_action_draft" "draft" {
  name            = "Get User (draft)"
  category        = "Genesys Cloud"
  integration_id  = "b2d7a4c4-1111-4a5e-9c7e-2f5d3c1a0b9e"
  contract_input  = "{}"
  contract_output = "{}"
  config_request {
    request_template = "$${input.rawRequest}"
  }
}

resource "genesyscloud_processautomation_trigger" "no_target" {
  name       = "No target"
  enabled    = true
  topic_name = "v2.detail.events.conversation.{id}.customer.end"
}

resource "genesyscloud_processautomation_trigger" "target_without_id" {
  name       = "Target without id"
  enabled    = true
  topic_name = "v2.detail.events.conversation.{id}.customer.end"
  target {
    type = "Workflow"
  }
}
