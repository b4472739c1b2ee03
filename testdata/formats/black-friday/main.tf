terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = ">= 1.68.5"
    }
  }
}

provider "genesyscloud" {
  sdk_debug = false
}

variable "crm_client_id" {
  type        = string
  description = "OAuth client of the CRM integration user"
}

variable "crm_client_secret" {
  type      = string
  sensitive = true
}

variable "data_action_category" {
  type    = string
  default = "Order Management"
}

resource "genesyscloud_integration_credential" "crm" {
  name                 = "CRM order lookup"
  credential_type_name = "userDefinedOAuth"
  fields = {
    clientId     = var.crm_client_id
    clientSecret = var.crm_client_secret
    loginUrl     = "https://login.salesforce.com/services/oauth2/token"
  }
}

resource "genesyscloud_integration" "crm" {
  intended_state   = "ENABLED"
  integration_type = "custom-rest-actions"
  config {
    name = var.data_action_category
    credentials = {
      userDefinedOAuth = genesyscloud_integration_credential.crm.id
    }
  }
}

# Straight to the CRM: every customer message becomes a Salesforce API call.
resource "genesyscloud_integration_action" "get_order_direct" {
  name           = "Get Order Status (direct)"
  category       = var.data_action_category
  integration_id = genesyscloud_integration.crm.id
  contract_input = jsonencode({
    type       = "object"
    properties = { orderId = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { status = { type = "string" } }
  })
  config_request {
    request_url_template = "https://acme.my.salesforce.com/services/data/v58.0/sobjects/Order__c/$${input.orderId}"
    request_type         = "GET"
    headers = {
      Authorization = "Bearer $${credentials.token}"
    }
  }
  config_response {
    translation_map = { status = "$.Status__c" }
    success_template = "{\"status\": $${status}}"
  }
}

# Through the team's middleware, which owns caching, rate limits and retries toward the CRM.
resource "genesyscloud_integration_action" "get_order_gateway" {
  name                   = "Get Order Status"
  category               = var.data_action_category
  integration_id         = genesyscloud_integration.crm.id
  config_timeout_seconds = 8
  contract_input = jsonencode({
    type       = "object"
    properties = { orderId = { type = "string" } }
  })
  contract_output = jsonencode({
    type       = "object"
    properties = { status = { type = "string" } }
  })
  config_request {
    request_url_template = "https://crm-gateway.acme.example/orders/$${input.orderId}/status"
    request_type         = "GET"
    headers = {
      Authorization = "Bearer $${credentials.token}"
    }
  }
  config_response {
    translation_map = { status = "$.status" }
    success_template = "{\"status\": $${status}}"
  }
}

resource "genesyscloud_flow" "order_status_naive" {
  filepath = "${path.module}/flows/order-status-naive.yaml"
  substitutions = {
    flow_name            = "Order Status (naive)"
    data_action_category = var.data_action_category
    data_action_name     = genesyscloud_integration_action.get_order_direct.name
  }
}

resource "genesyscloud_flow" "order_status_resilient" {
  filepath = "${path.module}/flows/order-status-resilient.yaml"
  substitutions = {
    flow_name            = "Order Status"
    data_action_category = var.data_action_category
    data_action_name     = genesyscloud_integration_action.get_order_gateway.name
    support_queue        = "Order Support"
  }
}
