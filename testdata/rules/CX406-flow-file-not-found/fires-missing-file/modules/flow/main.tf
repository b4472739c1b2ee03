resource "genesyscloud_flow" "inbound" {
  # Relative to the root module's folder, not this one: the file is beside this main.tf.
  filepath = "inbound.yaml"
}
