crm_client_id = "3MVG9-order-lookup"
