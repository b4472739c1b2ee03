variable "integration_name" {
  type = string
}

resource "genesyscloud_integration" "web_services" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = var.integration_name
  }
}

output "integration_id" {
  value = genesyscloud_integration.web_services.id
}

output "integration_name" {
  value = var.integration_name
}
