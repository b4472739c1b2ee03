variable "data_action" {
  type    = string
  default = "Get Order Status"
}
