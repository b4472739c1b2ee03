client_id     = "0d2fbd3d-6b53-4bbf-9c39-3a0d0d3a71c2"
client_secret = "<client secret>"
# client_secret = "q7Vd2pLk9XzR4mTn8bWc1YhJ6sFg3QaE0uKo5iNvT_w"
api_token     = "changeme"
