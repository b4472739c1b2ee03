# Linted as the user's own folder; never read again through the symbolic link in .terraform.
output "where" {
  value = "outside"
}
