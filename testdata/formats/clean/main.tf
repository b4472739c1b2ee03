# nothing to deploy yet
