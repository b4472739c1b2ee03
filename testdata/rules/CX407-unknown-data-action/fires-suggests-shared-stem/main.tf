# automated-callback-blueprint's shape: the flow was built in an org whose actions carry a
# personal prefix; the repository defines them without it.
resource "genesyscloud_integration_action" "add_contact" {
  name           = "Add contact to contact list"
  category       = "Genesys Cloud Data Actions"
  integration_id = "a1b2"
  contract_input  = "{}"
  contract_output = "{}"
  config_timeout_seconds = 10
  config_request {
    request_url_template = "/api/v2/outbound/contactlists/$${input.listId}/contacts"
    request_type         = "POST"
  }
}

resource "genesyscloud_integration_action" "add_comment" {
  name           = "Add contact comment"
  category       = "Genesys Cloud Data Actions"
  integration_id = "a1b2"
  contract_input  = "{}"
  contract_output = "{}"
  config_timeout_seconds = 10
  config_request {
    request_url_template = "/api/v2/externalcontacts/contacts/$${input.id}/notes"
    request_type         = "POST"
  }
}
