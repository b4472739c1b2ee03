variable "client_id" {
  type        = string
  description = "The OAuth (Client Credentails) Client ID to be used by Data Actions"
}

variable "client_secret" {
  type        = string
  description = "The OAuth (Client Credentails) Client Secret to be used by Data Actions"
}

variable "data_action_integration_name" {
  type        = string
  description = "Name of the Genesys Cloud Data Actions integration, also the category of its actions"
  default     = "Disconnect Interaction"
}
