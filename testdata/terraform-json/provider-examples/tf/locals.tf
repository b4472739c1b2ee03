locals {
  working_dir = {
    flow               = "."
    integration_action = "."
  }
}
