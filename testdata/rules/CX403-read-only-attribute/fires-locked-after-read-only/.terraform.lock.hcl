# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/mypurecloud/genesyscloud" {
  version     = "1.72.0"
  constraints = ">= 1.17.0"
  hashes = [
    "h1:2wTf8gJbCT+1d8Ub4pFCfGaKnzuWM+9ObGzSd0P4dZw=",
    "zh:0b11d7fa2c2b4f5ff6cc4b5fa9cbbf6e1fb4c5d2fd3b3b36a3c0b1a8a1e3e2d1",
  ]
}
