terraform {
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = ">= 1.70.0"
    }
  }
}

# Customer lookup in the CRM, from the team's shared data action module.
module "crm_action" {
  source           = "git::https://github.com/acme-cx/genesys-crm-lookup-module.git?ref=v1.4.0"
  integration_name = "Acme CRM"
  action_name      = "Lookup Customer By Phone"
  crm_host         = "crm.acme.example"
}

output "crm_action_category" {
  value = module.crm_action.category
}
