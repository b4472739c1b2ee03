variable "integration_name" {
  type = string
}

variable "action_name" {
  type = string
}

variable "crm_host" {
  type = string
}
