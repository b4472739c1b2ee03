# Before the first apply there is no output file: Terraform writes it. The flow is read from
# its template and from the file file() copies.
locals {
  queues = ["Sales", "Support"]
}

resource "local_file" "menu_flow" {
  content  = templatefile("${path.module}/flows/menu.yaml.tftpl", { flow_name = "Main menu", queues = local.queues })
  filename = "${path.module}/build/menu.yaml"
}

resource "genesyscloud_flow" "menu" {
  filepath = local_file.menu_flow.filename
}

resource "local_file" "closed_flow" {
  content  = file("${path.module}/flows/closed.yaml")
  filename = "build/closed.yaml"
}

resource "genesyscloud_flow" "closed" {
  filepath = "build/closed.yaml"
}
