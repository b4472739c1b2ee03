variable "custom_fields" {
  default = [{ field = "color", type = "string" }]
}

locals {
  base = "https://crm-gateway.acme.example"
}

resource "genesyscloud_integration" "crm" {
  integration_type = "custom-rest-actions"
}

resource "genesyscloud_integration_action" "update_row" {
  name                   = "Update row"
  category               = "Orders"
  integration_id         = genesyscloud_integration.crm.id
  config_timeout_seconds = 8
  contract_input         = "{}"
  contract_output        = "{}"
  config_request {
    request_url_template = "${local.base}/rows/$${input.key}"
    request_type         = "PUT"
    request_template     = "{ %{for obj in var.custom_fields}\"${obj.field}\": \"$!{input.${obj.field}}\", %{endfor} \"key\": \"$${input.key}\" }"
    headers = {
      "X-Integration" = "${genesyscloud_integration.crm.id}"
    }
  }
  config_response {
    success_template = "$${rawResult}"
  }
}
