plain = <<EOT
hello
  world
EOT

indented = <<-EOT
    first
      second

    third
    EOT

with_interp = <<EOT
name: ${var.name}
list: %{for x in var.xs}${x} %{endfor}
EOT

flush_interp = <<-EOT
    ${var.a}
      b
  EOT

blank_lines = <<-EOT
      x

        
      y
    EOT

tabs = <<-EOT
	tabbed
		more
	EOT

escapes_kept = <<EOT
backslash \n stays, $${escaped} is literal, %%{also}
EOT

strip_markers = <<EOT
  %{~ if var.on ~}
  on
  %{~ endif ~}
done
EOT

marker_indented = <<EOT
  x
    EOT

empty_heredoc = <<EOT
EOT

not_a_marker = <<EOT
EOTX
 EOT is not alone: EOT
EOT

in_call = jsonencode(<<EOT
{"a": 1}
EOT
)

in_tuple = [<<EOT
one
EOT
, "two"]

nested_heredoc = <<OUTER
before ${<<INNER
inner
INNER
} after
OUTER

crlf_marker = "see whitespace.tf for CRLF heredocs"
