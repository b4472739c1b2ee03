"""A fake Genesys Cloud Platform API on 127.0.0.1, for the `cxlint pull` tests.

It serves the shapes of the real endpoints cxlint pull calls, built from real files of the shared
corpus (Architect .i3 exports decoded into flow configurations, data-action exports turned into
API actions), with paging, OAuth client credentials, a request log with timestamps, and faults a
test injects: a status with headers, a slow answer, a truncated or malformed body, a token that
expires.
"""

import base64
import hashlib
import http.server
import json
import pathlib
import re
import socket
import ssl
import threading
import time
import urllib.parse


def decode_i3(text):
    """An Architect export: base64 of percent-encoded JSON (docs/domain.md §11)."""
    return json.loads(urllib.parse.unquote(base64.b64decode(text).decode("ascii")))


def stable_id(*parts):
    digest = hashlib.sha256("/".join(parts).encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


class Org:
    """The flows, data actions and integrations of one fake org."""

    def __init__(self, flow_files, action_files):
        self.flows = []  # {"id", "name", "type", "configuration"}
        for path in flow_files:
            configuration = decode_i3(pathlib.Path(path).read_text())
            self.flows.append({"id": stable_id("flow", str(path)), "name": configuration["name"],
                               "type": configuration["type"], "configuration": configuration})
        self.integrations = {}  # integration type -> {"id", "name", "integrationType"}
        self.actions = []  # the full API shape, config and contract included
        for path in action_files:
            export = json.loads(pathlib.Path(path).read_text())
            integration_type = export.get("integrationType", "custom-rest-actions")
            integration = self.integrations.setdefault(integration_type, {
                "id": stable_id("integration", integration_type),
                "name": f"Test {integration_type}",
                "integrationType": {"id": integration_type}})
            action = {key: value for key, value in export.items() if key != "integrationType"}
            action.update({"id": "custom_-_" + stable_id("action", str(path)), "category": integration["name"],
                           "integrationId": integration["id"], "version": 1})
            self.actions.append(action)


class Fault:
    """What the server does instead of answering, for the first `times` requests matching `path`
    (a regular expression searched in the path and query)."""

    def __init__(self, path, kind, times=1, status=0, headers=None, body="", seconds=0.0):
        self.pattern = re.compile(path)
        self.kind = kind  # "status", "slow", "truncate", "malformed", "expire-token"
        self.seconds = seconds  # how long the server thinks before answering
        self.times = times
        self.status = status
        self.headers = headers or {}
        self.body = body


class FakePlatform:
    def __init__(self, org, client_id, client_secret, max_page_size=4, item_delay=0.0, tls=None):
        self.org = org
        self.client_id = client_id
        self.client_secret = client_secret
        self.max_page_size = max_page_size
        self.item_delay = item_delay  # seconds each item fetch takes, so requests overlap
        self.repeat_across_pages = False  # each page starts with the previous page's last entity
        self.faults = []
        self.log = []  # {"t", "end", "method", "path", "query", "status", "token"}
        self.tokens = set()
        self.token_count = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.server.daemon_threads = True
        self.scheme = "http"
        if tls:  # (certificate file, key file): HTTPS, for the certificate-verification test
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
            self.scheme = "https"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self):
        return f"{self.scheme}://127.0.0.1:{self.server.server_address[1]}"

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self.server.shutdown()
        self.server.server_close()

    def add_fault(self, *args, **kwargs):
        self.faults.append(Fault(*args, **kwargs))

    def requests_to(self, pattern):
        regex = re.compile(pattern)
        with self.lock:
            return [entry for entry in self.log if regex.search(entry["target"])]

    def _take_fault(self, target):
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.pattern.search(target):
                    fault.times -= 1
                    return fault
        return None

    def _handler_class(self):
        platform = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as libcurl reuses connections
            disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart

            def log_message(self, *args):
                pass

            def do_POST(self):
                self._serve("POST")

            def do_GET(self):
                self._serve("GET")

            def _serve(self, method):
                start = time.monotonic()
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                entry = {"t": start, "method": method, "target": self.path,
                         "path": urllib.parse.urlsplit(self.path).path,
                         "query": urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query),
                         "authorization": self.headers.get("Authorization", ""), "body": body, "status": 0}
                with platform.lock:
                    platform.log.append(entry)
                    platform.in_flight += 1
                    platform.max_in_flight = max(platform.max_in_flight, platform.in_flight)
                try:
                    self._answer(method, entry)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting (a timeout test)
                finally:
                    with platform.lock:
                        platform.in_flight -= 1
                    entry["end"] = time.monotonic()

            def _send(self, entry, status, payload, headers=None):
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                entry["status"] = status
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
                self.wfile.flush()

            def _answer(self, method, entry):
                fault = platform._take_fault(self.path)
                if fault and fault.seconds:  # a "slow" fault, or any other one that takes its time
                    time.sleep(fault.seconds)
                if fault and fault.kind == "status":
                    return self._send(entry, fault.status, fault.body.encode(), fault.headers)
                if fault and fault.kind == "expire-token":
                    with platform.lock:
                        platform.tokens.clear()
                if method == "POST" and entry["path"] == "/oauth/token":
                    return self._token(entry)
                token = entry["authorization"].removeprefix("Bearer ")
                with platform.lock:
                    valid = token in platform.tokens
                if not valid:
                    return self._send(entry, 401, {"message": "Invalid login credentials.", "code": "bad.credentials",
                                                   "status": 401})
                status, payload = self._route(entry)
                if fault and fault.kind == "malformed":
                    return self._send(entry, 200, b'{"entities": [{"id": "x", "name": ')
                if fault and fault.kind == "truncate":
                    data = json.dumps(payload).encode()
                    entry["status"] = 200
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return None
                return self._send(entry, status, payload)

            def _token(self, entry):
                expected = "Basic " + base64.b64encode(
                    f"{platform.client_id}:{platform.client_secret}".encode()).decode()
                form = urllib.parse.parse_qs(entry["body"])
                if self.headers.get("Authorization") != expected or form.get("grant_type") != ["client_credentials"]:
                    return self._send(entry, 401, {"error": "invalid_client",
                                                   "description": "client authentication failed",
                                                   "error_description": "client authentication failed"})
                with platform.lock:
                    platform.token_count += 1
                    token = f"token-{platform.token_count}"
                    platform.tokens.add(token)
                entry["token"] = token
                return self._send(entry, 200, {"access_token": token, "token_type": "bearer", "expires_in": 86399})

            def _page(self, entry, items, uri):
                query = entry["query"]
                size = min(int(query.get("pageSize", ["25"])[0]), platform.max_page_size)
                number = int(query.get("pageNumber", ["1"])[0])
                count = max(1, -(-len(items) // size))
                page = items[(number - 1) * size: number * size]
                if platform.repeat_across_pages and number > 1:
                    page = items[(number - 1) * size - 1: number * size]  # the previous page's last, again
                listing = {"entities": page, "pageSize": size, "pageNumber": number, "total": len(items),
                           "pageCount": count, "firstUri": f"{uri}?pageSize={size}&pageNumber=1",
                           "selfUri": f"{uri}?pageSize={size}&pageNumber={number}",
                           "lastUri": f"{uri}?pageSize={size}&pageNumber={count}"}
                if number < count:
                    listing["nextUri"] = f"{uri}?pageSize={size}&pageNumber={number + 1}"
                return 200, listing

            def _route(self, entry):
                path, query = entry["path"], entry["query"]
                org = platform.org
                if path == "/api/v2/flows":
                    flows = [flow for flow in org.flows
                             if (not query.get("type") or flow["type"] in query["type"])
                             and (not query.get("name") or flow["name"] == query["name"][0])]
                    return self._page(entry, [{"id": f["id"], "name": f["name"], "type": f["type"],
                                               "selfUri": f"/api/v2/flows/{f['id']}"} for f in flows], path)
                if path == "/api/v2/integrations/actions":
                    summaries = [{key: action[key] for key in ("id", "name", "category", "integrationId", "secure",
                                                               "version") if key in action}
                                 for action in org.actions]
                    return self._page(entry, summaries, path)
                if path == "/api/v2/integrations":
                    return self._page(entry, list(org.integrations.values()), path)
                match = re.fullmatch(r"/api/v2/flows/([^/]+)/latestconfiguration", path)
                if match:
                    time.sleep(platform.item_delay)
                    for flow in org.flows:
                        if flow["id"] == match.group(1):
                            return 200, flow["configuration"]
                    return 404, {"message": "flow not found", "status": 404}
                match = re.fullmatch(r"/api/v2/integrations/actions/([^/]+)", path)
                if match:
                    time.sleep(platform.item_delay)
                    for action in org.actions:
                        if action["id"] == urllib.parse.unquote(match.group(1)):
                            shown = dict(action)
                            if query.get("includeConfig") != ["true"]:
                                shown.pop("config", None)
                            if query.get("expand") != ["contract"]:
                                shown.pop("contract", None)
                            return 200, shown
                    return 404, {"message": "action not found", "status": 404}
                return 404, {"message": f"no route {path}", "status": 404}

        return Handler
