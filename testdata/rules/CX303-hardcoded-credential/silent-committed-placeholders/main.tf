variable "client_id" {
  type = string
}
variable "client_secret" {
  type      = string
  sensitive = true
  default   = ""
}
variable "api_token" {
  type    = string
  default = "<api token>"
}
# Random-looking, yet ids and hashes: no secret.
variable "org_id" {
  type    = string
  default = "c0ffee00-0000-4000-8000-000000000000"
}
variable "flow_hash" {
  type    = string
  default = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}
variable "token_url" {
  type    = string
  default = "https://login.mypurecloud.com/oauth/token"
}
variable "logo" {
  type    = string
  default = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
}

module "lambda_integration" {
  source                          = "./modules/integration"
  integration_name                = "Lambda data actions"
  integration_creds_client_id     = var.client_id
  integration_creds_client_secret = var.client_secret
}

resource "genesyscloud_flow" "inbound" {
  filepath            = "inbound.yaml"
  update_trigger_hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
}
