# Bodies: attributes, blocks with any number of labels, one-line blocks, comments.
terraform {
  required_version = ">= 1.5"
  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.68"
    }
  }
}

provider "genesyscloud" {
  oauthclient_id = var.client_id // trailing comment
  aws_region     = "us-east-1"  /* block comment */
}

resource "genesyscloud_integration_action" "lookup" {
  name           = "Order lookup"
  category       = var.category
  integration_id = genesyscloud_integration.rest.id
  secure         = false

  config_request {
    request_type         = "GET"
    request_url_template = "https://api.example.com/orders/$${input.orderId}"
    headers = {
      Accept = "application/json"
    }
  }
  config_response { success_template = "$${rawResult}" }
}

# Blocks of one type gather into a list, in source order.
locals { a = 1 }
locals {
  b = 2
}

bare label_one "label two" another {
}
empty {}
spaced { }
four "a" "b" "c" "d" {
  deep {
    deeper {
      deepest = true
    }
  }
}

/* A comment
   over lines */
a_block_and_attr { x = 1 }
a_block_and_attr = "the attribute wins in hcl2json"
with-dash_and_digits2 = 2
é_unicode_name = "ok"
last = "no newline at the end of the file"
