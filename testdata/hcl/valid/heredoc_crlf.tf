crlf_heredoc = <<EOT
line one
line two
EOT
after = 1
