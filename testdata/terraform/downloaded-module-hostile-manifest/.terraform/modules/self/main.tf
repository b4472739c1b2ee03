module "again" {
  source = "git::https://github.com/acme-cx/self.git"
}
