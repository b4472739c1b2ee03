module "flows" {
  source = "./modules/flows"
}
