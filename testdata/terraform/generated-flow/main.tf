# The flow file is rendered by Terraform from a template and deployed from where local_file
# writes it; generated/ holds a copy committed from an earlier apply.
resource "genesyscloud_integration" "orders_lambda" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = "Order Lambda"
  }
}

resource "genesyscloud_integration_action" "order_status" {
  name                   = "${var.data_action}-Lambda"
  category               = "Order Lambda"
  integration_id         = genesyscloud_integration.orders_lambda.id
  config_timeout_seconds = 10
  contract_input = jsonencode({
    type       = "object"
    properties = { orderId = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { status = { type = "string" } }
  })
  config_request {
    request_url_template = "https://orders.acme.example/v1/orders/$${input.orderId}"
    request_type         = "GET"
  }
  config_response {
    success_template = "$${rawResult}"
  }
}

resource "genesyscloud_auth_division" "cx" {
  name = "Customer Experience"
}

resource "local_file" "inbound_call" {
  content = templatefile("${path.module}/templates/inbound_call.yaml.tftpl", {
    flow_name   = "Order status"
    division_id = genesyscloud_auth_division.cx.id
    dataAction  = var.data_action
    category    = genesyscloud_integration_action.order_status.category
    greetings   = ["Welcome to Acme.", "Calls are recorded."]
    after_hours = false
  })
  filename = "${path.module}/generated/inbound_call.yaml"
}

resource "genesyscloud_flow" "inbound_call" {
  filepath = local_file.inbound_call.filename
  substitutions = {
    support_queue = "Order Support"
  }
}
