output "category" {
  value = genesyscloud_integration_action.lookup.category
}
