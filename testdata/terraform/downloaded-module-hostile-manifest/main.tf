module "absolute" {
  source = "git::https://github.com/acme-cx/absolute.git"
}

module "escape" {
  source = "git::https://github.com/acme-cx/escape.git"
}

module "symlinked" {
  source = "git::https://github.com/acme-cx/symlinked.git"
}

module "self" {
  source = "git::https://github.com/acme-cx/self.git"
}

module "not_initialised" {
  source = "git::https://github.com/acme-cx/added-later.git"
}
