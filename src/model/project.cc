#include "model/project.h"

#include "model/flow.h"
#include "model/outbound_call.h"
#include "model/terraform/flow_deployment.h"
#include "model/terraform/terraform_model.h"

namespace cxlint::model {

// Out of line: the model types Project holds are complete only here.
Project::Project() = default;
Project::~Project() = default;
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;

const Config& Project::ConfigFor(const std::string& path) const {
  const auto found = file_configs.find(path);
  return found != file_configs.end() && found->second ? *found->second : config;
}

const Config& Project::ConfigFor(const Location& location) const {
  return location.file ? ConfigFor(*location.file) : config;
}

}  // namespace cxlint::model
