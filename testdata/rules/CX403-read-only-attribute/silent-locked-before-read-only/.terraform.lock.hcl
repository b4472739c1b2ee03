# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version     = "1.1.0"
  constraints = "1.1.0"
  hashes = [
    "h1:Xq3Pvf8DmHkEJrpXZcSRRzSNNUOs3rdn0ha48dUx/tY=",
  ]
}
