#!/usr/bin/env python3
"""Writes the plan JSON fixtures of testdata/terraform-json: what `terraform show -json` prints for
a plan of black-friday (examples/black-friday) and of ani-blacklist (testdata/terraform/
ani-blacklist-vendored), in the shape Terraform 1.11 prints (format_version 1.2; keys in its
order; unknown values left out of `values` and marked in `after_unknown`; sensitive values kept
and marked in `after_sensitive` / `sensitive_values`; nested blocks as arrays of objects).
Terraform cannot plan these here (no provider), so the provider's side is written from its schema
pages: unset optional arguments are null, computed ones unknown, `secure` defaults to false.
Run from anywhere: python3 testdata/terraform-json/tools/make_plans.py"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROVIDER = "registry.terraform.io/mypurecloud/genesyscloud"
UNKNOWN = object()  # a value known only after apply


def jsonencode(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def split_known(value):
    """(value with unknowns left out, after_unknown mirror)."""
    if value is UNKNOWN:
        return None, True
    if isinstance(value, dict):
        known, marks = {}, {}
        for key, item in value.items():
            k, m = split_known(item)
            if item is not UNKNOWN:
                known[key] = k
            if m is not None and m is not False:
                marks[key] = m
        return known, marks
    if isinstance(value, list):
        known, marks = [], []
        for item in value:
            k, m = split_known(item)
            known.append(k)
            marks.append(m if m is not None else False)
        return known, marks
    return value, None


def sensitive_marks(value, sensitive, path=()):
    """The after_sensitive mirror: true at the paths in `sensitive`."""
    if path in sensitive:
        return True
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            m = sensitive_marks(item, sensitive, path + (key,))
            if m is not None and m is not False:
                out[key] = m
        return out
    if isinstance(value, list):
        return [sensitive_marks(item, sensitive, path + (i,)) or ({} if isinstance(item, dict) else False)
                for i, item in enumerate(value)]
    return None


class Resource:
    def __init__(self, module, rtype, name, values, expressions, sensitive=(), mode="managed"):
        self.module, self.type, self.name, self.mode = module, rtype, name, mode
        self.local = ("data." if mode == "data" else "") + rtype + "." + name
        self.address = (module + "." if module else "") + self.local
        self.values, self.expressions, self.sensitive = values, expressions, set(sensitive)

    def planned(self):
        known, _ = split_known(self.values)
        marks = sensitive_marks(self.values, self.sensitive) or {}
        return {"address": self.address, "mode": self.mode, "type": self.type, "name": self.name,
                "provider_name": PROVIDER, "schema_version": 0, "values": known, "sensitive_values": marks}

    def change(self):
        known, unknown = split_known(self.values)
        marks = sensitive_marks(self.values, self.sensitive) or {}
        out = {"address": self.address}
        if self.module:
            out["module_address"] = self.module
        out.update({"mode": self.mode, "type": self.type, "name": self.name, "provider_name": PROVIDER,
                    "change": {"actions": ["create"], "before": None, "after": known, "after_unknown": unknown,
                               "before_sensitive": False, "after_sensitive": marks}})
        return out

    def configuration(self):
        return {"address": self.local, "mode": self.mode, "type": self.type, "name": self.name,
                "provider_config_key": "genesyscloud", "expressions": self.expressions, "schema_version": 0}


def const(value):
    return {"constant_value": value}


def refs(*references):
    return {"references": list(references)}


def write_plan(path, variables, resources, modules):
    """`modules`: {module address: (source, call expressions, outputs, variables)}."""
    def planned_module(address):
        module = {"resources": [r.planned() for r in resources if r.module == address]}
        children = [m for m in modules if m.count(".") == address.count(".") + 1 + (1 if address else 0)
                    and m.startswith(address + "." if address else "module.")]
        if children:
            module["child_modules"] = [planned_module(child) for child in children]
        if address:
            module["address"] = address
        return module

    def config_module(address):
        module = {}
        if address:
            outputs = modules[address][2]
            if outputs:
                module["outputs"] = {name: {"expression": expression} for name, expression in outputs.items()}
        resources_here = [r.configuration() for r in resources if r.module == address]
        if resources_here:
            module["resources"] = resources_here
        calls = {}
        for child, (source, expressions, _, _) in modules.items():
            parent = child.rsplit(".module.", 1)[0] if ".module." in child else ""
            if parent != address:
                continue
            calls[child.split(".")[-1]] = {"source": source, "expressions": expressions, "module": config_module(child)}
        if calls:
            module["module_calls"] = calls
        declared = modules[address][3] if address else {name: spec for name, (_, spec) in variables.items()}
        if declared:
            module["variables"] = declared
        return module

    plan = {
        "format_version": "1.2",
        "terraform_version": "1.11.4",
        "variables": {name: {"value": value} for name, (value, _) in variables.items()},
        "planned_values": {"root_module": planned_module("")},
        "resource_changes": [r.change() for r in resources],
        "configuration": {
            "provider_config": {"genesyscloud": {"name": "genesyscloud", "full_name": PROVIDER}},
            "root_module": config_module(""),
        },
        "timestamp": "2026-11-29T12:00:00Z",
        "applyable": True,
        "complete": True,
        "errored": False,
    }
    with open(path, "w") as out:
        json.dump(plan, out, indent=2, ensure_ascii=False)
        out.write("\n")


def black_friday():
    object_of = lambda name: {"properties": {name: {"type": "string"}}, "type": "object"}
    category = "Order Management"
    credential = Resource("", "genesyscloud_integration_credential", "crm", {
        "credential_type_name": "userDefinedOAuth",
        "fields": {"clientId": "3MVG9-order-lookup", "clientSecret": "example-not-a-secret",
                   "loginUrl": "https://login.salesforce.com/services/oauth2/token"},
        "id": UNKNOWN,
        "name": "CRM order lookup",
    }, {"credential_type_name": const("userDefinedOAuth"),
        "fields": refs("var.crm_client_id", "var.crm_client_secret"),
        "name": const("CRM order lookup")}, sensitive=[("fields",)])
    integration = Resource("", "genesyscloud_integration", "crm", {
        "config": [{"advanced": UNKNOWN, "credentials": {"userDefinedOAuth": UNKNOWN}, "name": category,
                    "notes": None, "properties": UNKNOWN}],
        "id": UNKNOWN,
        "integration_type": "custom-rest-actions",
        "intended_state": "ENABLED",
    }, {"config": [{"credentials": refs("genesyscloud_integration_credential.crm.id",
                                        "genesyscloud_integration_credential.crm"),
                    "name": refs("var.data_action_category")}],
        "integration_type": const("custom-rest-actions"), "intended_state": const("ENABLED")})

    def action(name, title, url, timeout, status_path):
        values = {
            "category": category,
            "config_request": [{"headers": {"Authorization": "Bearer ${credentials.token}"}, "request_template": None,
                                "request_type": "GET", "request_url_template": url}],
            "config_response": [{"success_template": "{\"status\": ${status}}", "translation_map": {"status": status_path},
                                 "translation_map_defaults": None}],
            "config_timeout_seconds": timeout,
            "contract_input": jsonencode(object_of("orderId")),
            "contract_output": jsonencode(object_of("status")),
            "function_config": [],
            "id": UNKNOWN,
            "integration_id": UNKNOWN,
            "name": title,
            "secure": False,
        }
        expressions = {
            "category": refs("var.data_action_category"),
            "config_request": [{"headers": const({"Authorization": "Bearer ${credentials.token}"}),
                                "request_type": const("GET"), "request_url_template": const(url)}],
            "config_response": [{"success_template": const("{\"status\": ${status}}"),
                                 "translation_map": const({"status": status_path})}],
            "contract_input": const(values["contract_input"]),
            "contract_output": const(values["contract_output"]),
            "integration_id": refs("genesyscloud_integration.crm.id", "genesyscloud_integration.crm"),
            "name": const(title),
        }
        if timeout is not None:
            expressions["config_timeout_seconds"] = const(timeout)
        return Resource("", "genesyscloud_integration_action", name, values, expressions)

    direct = action("get_order_direct", "Get Order Status (direct)",
                    "https://acme.my.salesforce.com/services/data/v58.0/sobjects/Order__c/${input.orderId}",
                    None, "$.Status__c")
    gateway = action("get_order_gateway", "Get Order Status",
                     "https://crm-gateway.acme.example/orders/${input.orderId}/status", 8, "$.status")

    def flow(name, file, substitutions, action_name):
        values = {"file_content_hash": UNKNOWN, "filepath": "./flows/" + file, "force_unlock": None, "id": UNKNOWN,
                  "name": UNKNOWN, "substitutions": substitutions, "type": UNKNOWN, "update_trigger_hash": None}
        return Resource("", "genesyscloud_flow", name, values, {
            "filepath": refs("path.module"),
            "substitutions": refs("var.data_action_category", "genesyscloud_integration_action." + action_name + ".name",
                                  "genesyscloud_integration_action." + action_name)})

    naive = flow("order_status_naive", "order-status-naive.yaml",
                 {"data_action_category": category, "data_action_name": "Get Order Status (direct)",
                  "flow_name": "Order Status (naive)"}, "get_order_direct")
    resilient = flow("order_status_resilient", "order-status-resilient.yaml",
                     {"data_action_category": category, "data_action_name": "Get Order Status",
                      "flow_name": "Order Status", "support_queue": "Order Support"}, "get_order_gateway")
    variables = {
        "crm_client_id": ("3MVG9-order-lookup", {"description": "OAuth client of the CRM integration user"}),
        "crm_client_secret": ("example-not-a-secret", {"sensitive": True}),
        "data_action_category": (category, {"default": category}),
    }
    # Terraform lists resources by address.
    resources = sorted([credential, integration, direct, gateway, naive, resilient], key=lambda r: r.address)
    write_plan(os.path.join(HERE, "..", "plan-black-friday", "plan.json"), variables, resources, {})


def ani_blacklist():
    category = "Disconnect Interaction"
    datatable = Resource("module.data_table", "genesyscloud_architect_datatable", "agent_score", {
        "description": None, "division_id": UNKNOWN, "id": UNKNOWN, "name": "Blacklist",
        "properties": [{"default": None, "name": "key", "title": "ani", "type": "string"}],
    }, {"name": const("Blacklist"), "properties": [{"name": const("key"), "title": const("ani"), "type": const("string")}]})
    integration = Resource("module.data_action", "genesyscloud_integration", "integration", {
        "config": [{"advanced": UNKNOWN, "credentials": {"pureCloudOAuthClient": UNKNOWN}, "name": category,
                    "notes": None, "properties": UNKNOWN}],
        "id": UNKNOWN, "integration_type": "purecloud-data-actions", "intended_state": "ENABLED",
    }, {"config": [{"credentials": refs("genesyscloud_integration_credential.credential.id",
                                        "genesyscloud_integration_credential.credential"),
                    "name": refs("var.integration_name")}],
        "integration_type": const("purecloud-data-actions"), "intended_state": const("ENABLED")})
    credential = Resource("module.data_action", "genesyscloud_integration_credential", "credential", {
        "credential_type_name": "pureCloudOAuthClient",
        "fields": {"clientId": "your-client-id", "clientSecret": "your-client-secret"},
        "id": UNKNOWN, "name": "Genesys Cloud OAuth Client Credential",
    }, {"credential_type_name": const("pureCloudOAuthClient"),
        "fields": refs("var.integration_creds_client_id", "var.integration_creds_client_secret"),
        "name": const("Genesys Cloud OAuth Client Credential")}, sensitive=[("fields",)])
    contract_input = jsonencode({"type": "object", "properties": {"conversationId": {"type": "string"}}})
    contract_output = jsonencode({"type": "object", "properties": {}})
    action = Resource("module.get_agent_id_data_action", "genesyscloud_integration_action", "action-1", {
        "category": category,
        "config_request": [{"headers": {}, "request_template": "${input.rawRequest}", "request_type": "POST",
                            "request_url_template": "/api/v2/conversations/${input.conversationId}/disconnect"}],
        "config_response": [{"success_template": "${rawResult}", "translation_map": {}, "translation_map_defaults": {}}],
        "config_timeout_seconds": None, "contract_input": contract_input, "contract_output": contract_output,
        "function_config": [], "id": UNKNOWN, "integration_id": UNKNOWN, "name": category, "secure": False,
    }, {"category": refs("var.action_category"),
        "config_request": [{"headers": const({}), "request_template": const("${input.rawRequest}"),
                            "request_type": const("POST"),
                            "request_url_template": const("/api/v2/conversations/${input.conversationId}/disconnect")}],
        "config_response": [{"success_template": const("${rawResult}"), "translation_map": const({}),
                             "translation_map_defaults": const({})}],
        "contract_input": const(contract_input), "contract_output": const(contract_output),
        "integration_id": refs("var.integration_id"), "name": refs("var.action_name")})
    flow = Resource("module.archy_flow", "genesyscloud_flow", "inbound_call_flow", {
        "file_content_hash": UNKNOWN, "filepath": "modules/flow/blacklist.yaml", "force_unlock": None, "id": UNKNOWN,
        "name": UNKNOWN, "type": UNKNOWN, "update_trigger_hash": None,
        "substitutions": {"data_action_category": category, "data_action_name": category, "data_table": "Blacklist",
                          "default_language": "en-us", "division": "Home", "flow_name": "Blacklist"},
    }, {"filepath": refs("path.module"),
        "substitutions": refs("var.data_action_category", "var.data_action_name", "var.data_table_name")})
    match = jsonencode([{"jsonPath": "mediaType", "operator": "Equal", "value": "VOICE"}])
    trigger = Resource("module.trigger", "genesyscloud_processautomation_trigger", "example-trigger", {
        "delay_by_seconds": None, "description": None, "enabled": True, "event_ttl_seconds": 60, "id": UNKNOWN,
        "match_criteria": match, "name": "Blacklist", "topic_name": "v2.detail.events.conversation.{id}.customer.start",
        "target": [{"id": UNKNOWN, "type": "Workflow", "workflow_target_settings": [{"data_format": "TopLevelPrimitives"}]}],
    }, {"enabled": const(True), "event_ttl_seconds": const(60), "match_criteria": const(match), "name": const("Blacklist"),
        "target": [{"id": refs("var.workflow_id"), "type": const("Workflow"),
                    "workflow_target_settings": [{"data_format": const("TopLevelPrimitives")}]}],
        "topic_name": const("v2.detail.events.conversation.{id}.customer.start")})
    modules = {
        "module.archy_flow": ("./modules/flow", {
            "data_action_category": refs("module.data_action.integration_name", "module.data_action"),
            "data_action_name": refs("module.get_agent_id_data_action.action_name", "module.get_agent_id_data_action"),
            "data_table_name": refs("module.data_table.datatable_name", "module.data_table")},
            {"flow_id": refs("genesyscloud_flow.inbound_call_flow.id", "genesyscloud_flow.inbound_call_flow")},
            {"data_action_category": {"description": "The Data Action that is to be used in the Inbound Call Flow."},
             "data_action_name": {"description": "The Data Action name that is to be used in the Inbound Call Flow."},
             "data_table_name": {"description": "The Data Table name that is to be used in the Inbound Call Flow."}}),
        "module.data_action": ("./modules/data-action-integration", {
            "integration_creds_client_id": refs("var.client_id"),
            "integration_creds_client_secret": refs("var.client_secret"),
            "integration_name": refs("var.data_action_integration_name")},
            {"integration_id": refs("genesyscloud_integration.integration.id", "genesyscloud_integration.integration"),
             "integration_name": refs("var.integration_name")},
            {"integration_creds_client_id": {"description": "The Genesys Cloud oauth client ID."},
             "integration_creds_client_secret": {"description": "The Genesys Cloud oauth client secret."},
             "integration_name": {"description": "The name of the Genesys Cloud integration."}}),
        "module.data_table": ("./modules/datatable", {},
            {"datatable_id": refs("genesyscloud_architect_datatable.agent_score.id",
                                  "genesyscloud_architect_datatable.agent_score"),
             "datatable_name": refs("genesyscloud_architect_datatable.agent_score.name",
                                    "genesyscloud_architect_datatable.agent_score")}, {}),
        "module.get_agent_id_data_action": ("./modules/actions/disconnect-interaction", {
            "action_category": refs("module.data_action.integration_name", "module.data_action"),
            "action_name": const(category),
            "integration_id": refs("module.data_action.integration_id", "module.data_action")},
            {"action_name": refs("genesyscloud_integration_action.action-1.name", "genesyscloud_integration_action.action-1")},
            {"action_category": {"description": "Action category to associate with action"},
             "action_name": {"description": "Name to associate with action"},
             "integration_id": {"description": "ID of the integration this action is associated with"}}),
        "module.trigger": ("./modules/trigger", {"workflow_id": refs("module.archy_flow.flow_id", "module.archy_flow")}, {},
                           {"workflow_id": {"description": "The Blacklist workflow ID."}}),
    }
    variables = {
        "client_id": ("your-client-id", {"description": "The OAuth (Client Credentails) Client ID to be used by Data Actions"}),
        "client_secret": ("your-client-secret",
                          {"description": "The OAuth (Client Credentails) Client Secret to be used by Data Actions"}),
        "data_action_integration_name": (category, {"default": category, "description": "Name of the Genesys Cloud Data "
                                                    "Actions integration, also the category of its actions"}),
    }
    resources = sorted([datatable, integration, credential, action, flow, trigger], key=lambda r: r.address)
    write_plan(os.path.join(HERE, "..", "ani-blacklist-plan", "plan.json"), variables, resources, dict(sorted(modules.items())))


if __name__ == "__main__":
    black_friday()
    ani_blacklist()
