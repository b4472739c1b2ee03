variable "headers" {
  default = { Accept = "application/json" }
}

resource "genesyscloud_flow" "inbound" {
  filepath            = "inbound.yaml"
  force_unlock        = false
  substitutions       = { flow_name = "Inbound" }
  update_trigger_hash = "v1"
  depends_on          = [genesyscloud_integration_action.get_user]
  lifecycle {
    create_before_destroy = true
  }
}

resource "genesyscloud_integration_credential" "oauth" {
  name                 = "Data actions client"
  credential_type_name = "pureCloudOAuthClient"
  fields = {
    clientId     = "id"
    clientSecret = "secret"
  }
}

resource "genesyscloud_integration" "data_actions" {
  count            = 1
  integration_type = "purecloud-data-actions"
  intended_state   = "ENABLED"
  config {
    name        = "Data actions"
    notes       = "Genesys Cloud API"
    properties  = jsonencode({})
    advanced    = jsonencode({})
    credentials = { pureCloudOAuthClient = genesyscloud_integration_credential.oauth.id }
  }
}

resource "genesyscloud_integration_action" "get_user" {
  name                   = "Get User"
  category               = "Genesys Cloud"
  integration_id         = genesyscloud_integration.data_actions[0].id
  secure                 = false
  config_timeout_seconds = 60
  contract_input         = "{}"
  contract_output        = "{}"
  dynamic "config_request" {
    for_each = [1]
    content {
      request_type         = "GET"
      request_url_template = "/api/v2/users/me"
      request_template     = "$${input.rawRequest}"
      headers              = var.headers
    }
  }
  config_response {
    success_template         = "$${rawResult}"
    translation_map          = { name = "$.name" }
    translation_map_defaults = { name = "\"\"" }
  }
}

resource "genesyscloud_integration_action" "function" {
  name            = "Score lead"
  category        = "Function Data Action"
  integration_id  = genesyscloud_integration.data_actions[0].id
  contract_input  = "{}"
  contract_output = "{}"
  function_config {
    file_path       = "score.zip"
    handler         = "index.handler"
    runtime         = "nodejs20.x"
    timeout_seconds = 10
    description     = "Scores a lead"
  }
}

resource "genesyscloud_integration_action_draft" "draft" {
  name            = "Get User (draft)"
  category        = "Genesys Cloud"
  integration_id  = genesyscloud_integration.data_actions[0].id
  contract_input  = "{}"
  contract_output = "{}"
  config_request {
    request_type         = "GET"
    request_url_template = "/api/v2/users/me"
  }
}

resource "genesyscloud_integration_custom_auth_action" "auth" {
  integration_id = genesyscloud_integration.data_actions[0].id
  name           = "Custom auth"
  config_request {
    request_type         = "POST"
    request_url_template = "https://auth.acme.example/oauth/token"
  }
  config_response {
    success_template = "{ \"token\": $${tokenValue} }"
  }
}

resource "genesyscloud_processautomation_trigger" "on_end" {
  for_each          = toset(["a"])
  name              = "On end ${each.key}"
  description       = "Runs the workflow when the customer leaves"
  enabled           = true
  topic_name        = "v2.detail.events.conversation.{id}.customer.end"
  event_ttl_seconds = 60
  match_criteria    = jsonencode([])
  target {
    id   = "2c6a4e1b-3d5f-4a7b-9c8d-1e2f3a4b5c6d"
    type = "Workflow"
    workflow_target_settings {
      data_format = "Json"
    }
  }
}

resource "genesyscloud_conversations_messaging_integrations_open" "acme" {
  provider                                             = genesyscloud
  name                                                 = "Acme"
  outbound_notification_webhook_url                    = "https://hooks.acme.example/genesys"
  outbound_notification_webhook_signature_secret_token = "a-token-of-twenty-chars"
  webhook_headers                                      = jsonencode({ "Idempotency-Key" = "x" })
  messaging_setting_id                                 = "8a1b2c3d-0000-4000-8000-000000000001"
  supported_content_id                                 = "8a1b2c3d-0000-4000-8000-000000000002"
}
