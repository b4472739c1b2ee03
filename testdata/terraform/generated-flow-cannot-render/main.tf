# Templates cxlint cannot render say why, and their flows are not guessed.
resource "genesyscloud_routing_queue" "support" {
  name = "Support"
}

resource "local_file" "recursive" {
  content  = templatefile("${path.module}/templates/recursive.yaml.tftpl", {})
  filename = "${path.module}/out/recursive.yaml"
}

resource "genesyscloud_flow" "recursive" {
  filepath = local_file.recursive.filename
}

resource "local_file" "conditional" {
  content = templatefile("${path.module}/templates/conditional.yaml.tftpl", {
    queue_id = genesyscloud_routing_queue.support.id
  })
  filename = "${path.module}/out/conditional.yaml"
}

resource "genesyscloud_flow" "conditional" {
  filepath = local_file.conditional.filename
}

resource "local_file" "broken" {
  content  = templatefile("${path.module}/templates/broken.yaml.tftpl", { name = "Broken" })
  filename = "${path.module}/out/broken.yaml"
}

resource "genesyscloud_flow" "broken" {
  filepath = local_file.broken.filename
}

resource "local_file" "inline" {
  content  = "inboundCall:\n  name: Inline\n"
  filename = "${path.module}/out/inline.yaml"
}

resource "genesyscloud_flow" "inline" {
  filepath = local_file.inline.filename
}
