a = <<EOT
x
EOT;
