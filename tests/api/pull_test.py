"""`cxlint pull` and `cxlint lint --org` against the fake Platform API (fake_platform.py).

usage: pull_test.py --cxlint PATH --shared SHARED_DIR [unittest options]

Every test starts its own server on 127.0.0.1, runs the built cxlint, and judges it by what the
server logged (which requests, when) and by what cxlint wrote. Waits run 100 times faster than
nominal (CXLINT_API_TIME_SCALE), so a 40-second Retry-After takes 0.4 s.
"""

import argparse
import base64
import email.utils
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import fake_platform  # noqa: E402

CXLINT = None
CORPUS = None
SCALE = 0.01
CLIENT_ID = "3b7c1e52-0d6f-4d6e-9a51-5f0c2b8d9e11"
SECRET = "s3cr3t-Xq9VzK2LmN8pR4tW7yB1cD5fG0hJ"
# Corpus folders whose .i3 flows call the data actions exported beside them.
CORPUS_FOLDERS = [
    "GenesysCloudBlueprints__design-architect-flow-data-actions-for-resiliency/blueprint/src",
    "GenesysCloudBlueprints__wfm-hris-blueprint/examples",
    "GenesysCloudBlueprints__automated-callback-blueprint/files",
]
ENDS_PAGE_1_FLOWS = r"^/api/v2/flows\?pageSize=\d+&pageNumber=1$"


def corpus_files():
    flows, actions = [], []
    for folder in CORPUS_FOLDERS:
        for path in sorted((CORPUS / folder).iterdir()):
            if ".i3" in path.suffix:
                flows.append(path)
            elif path.suffix == ".json":
                actions.append(path)
    return flows, actions


class PullTest(unittest.TestCase):
    def setUp(self):
        flows, actions = corpus_files()
        self.flow_files, self.action_files = flows, actions
        self.platform = fake_platform.FakePlatform(fake_platform.Org(flows, actions), CLIENT_ID, SECRET).start()
        self.work = pathlib.Path(tempfile.mkdtemp(prefix="cxlint-pull-test-"))
        self.out = self.work / "org"

    def tearDown(self):
        self.platform.stop()
        shutil.rmtree(self.work, ignore_errors=True)

    # Runs cxlint with the fake org's base URL and the test credentials.
    def cxlint(self, *args, env=None, secret=SECRET, api=True, cwd=None):
        environment = {key: value for key, value in os.environ.items() if not key.startswith("GENESYSCLOUD_")}
        environment.update({"GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT_ID, "GENESYSCLOUD_OAUTHCLIENT_SECRET": secret,
                            "CXLINT_API_TIME_SCALE": str(SCALE), "TMPDIR": str(self.work)})
        environment.update(env or {})
        command = [os.path.abspath(CXLINT), *args] + (["--api-base", self.platform.base] if api else [])
        started = time.monotonic()
        run = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120, cwd=cwd)
        run.seconds = time.monotonic() - started
        self.assert_no_secret(run)
        return run

    def pull(self, *args, **kwargs):
        return self.cxlint("pull", "--out", str(self.out), *args, **kwargs)

    def assert_no_secret(self, run):
        basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
        for secret in (SECRET, basic):
            self.assertNotIn(secret, run.stdout)
            self.assertNotIn(secret, run.stderr)
            for root in (self.work,):
                for path in root.rglob("*"):
                    if path.is_file():
                        self.assertNotIn(secret.encode(), path.read_bytes(), path)

    def assert_complete_pull(self, run, flows=None, actions=None):
        self.assertEqual(run.returncode, 0, run.stderr)
        index = json.loads((self.out / "cxlint-pull.json").read_text())
        flows = len(self.flow_files) if flows is None else flows
        actions = len(self.action_files) if actions is None else actions
        self.assertEqual(len(index["flows"]), flows)
        self.assertEqual(len(index["dataActions"]), actions)
        self.assertEqual(len(list((self.out / "flows").glob("*.json"))), flows)
        self.assertEqual(len(list((self.out / "data-actions").glob("*.json"))), actions)
        self.assertEqual(list(self.out.rglob("*.part")), [])
        return index

    def assert_failed_pull(self, run, *fragments):
        self.assertEqual(run.returncode, 2, run.stderr)
        for fragment in fragments:
            self.assertIn(fragment, run.stderr)
        self.assertFalse((self.out / "cxlint-pull.json").exists())
        self.assertEqual(list(self.out.rglob("*.part")), [])
        # What was written is whole: every file parses.
        for path in self.out.rglob("*.json"):
            json.loads(path.read_text())

    # The gaps between successive requests to one endpoint, in seconds.
    def gaps(self, pattern):
        entries = self.platform.requests_to(pattern)
        return [later["t"] - earlier["t"] for earlier, later in zip(entries, entries[1:])]

    # Nominal waits the client logged with --verbose: [(seconds, "Retry-After" | "backoff")].
    def logged_waits(self, run):
        return [(float(m.group(1)), m.group(2)) for m in re.finditer(r"retry \d+ in ([\d.]+) s \(([\w-]+)\)", run.stderr)]

    # ---- the happy path -------------------------------------------------------------------------

    def test_pull_writes_every_flow_and_action_with_paging_and_an_index(self):
        run = self.pull()
        index = self.assert_complete_pull(run)
        pages = [int(entry["query"]["pageNumber"][0]) for entry in self.platform.requests_to(r"^/api/v2/flows\?")]
        self.assertEqual(pages, list(range(1, -(-len(self.flow_files) // 4) + 1)))
        self.assertGreater(len(pages), 1)
        # Each flow file is the configuration the API returned, which cxlint reads as a flow.
        flow = json.loads((self.out / index["flows"][0]["file"]).read_text())
        self.assertIn("flowSequenceItemList", flow)
        action = json.loads((self.out / index["dataActions"][0]["file"]).read_text())
        self.assertIn("requestUrlTemplate", action["config"]["request"])
        self.assertIn("contract", action)
        self.assertIn("integrationType", action)
        self.assertRegex(run.stderr, r"pulled \d+ flows and \d+ data actions into .* \(\d+ pages, \d+ requests, "
                                     r"0 retries, [\d.]+ s\)")
        self.assertEqual(len(self.platform.requests_to("^/oauth/token$")), 1)

    def test_an_entity_listed_twice_is_pulled_once(self):
        self.platform.repeat_across_pages = True
        index = self.assert_complete_pull(self.pull())
        self.assertEqual(len({flow["id"] for flow in index["flows"]}), len(self.flow_files))

    def test_concurrency_is_bounded(self):
        self.platform.item_delay = 0.05
        self.assert_complete_pull(self.pull())
        self.assertGreaterEqual(self.platform.max_in_flight, 2)
        self.assertLessEqual(self.platform.max_in_flight, 4)
        self.platform.max_in_flight = 0
        self.assert_complete_pull(self.pull("--concurrency", "2"))
        self.assertLessEqual(self.platform.max_in_flight, 2)

    def test_filters_reach_the_api_and_a_repull_drops_what_it_no_longer_writes(self):
        self.assert_complete_pull(self.pull())
        workflows = [f for f in self.platform.org.flows if f["type"] == "workflow"]
        name = workflows[0]["name"]
        run = self.pull("--flow-type", "workflow", "--name", name)
        self.assert_complete_pull(run, flows=1)
        query = self.platform.requests_to(r"^/api/v2/flows\?")[-1]["query"]
        self.assertEqual(query["type"], ["workflow"])
        self.assertEqual(query["name"], [name])

    def test_pull_then_lint_finds_what_linting_the_files_finds(self):
        self.assert_complete_pull(self.pull())
        files = self.work / "files"
        files.mkdir()
        for path in self.flow_files + self.action_files:
            shutil.copy(path, files / path.name)
        pulled = self.cxlint("lint", "--format", "json", str(self.out), api=False)
        from_files = self.cxlint("lint", "--format", "json", str(files), api=False)
        org = self.cxlint("lint", "--org", "--format", "json")
        self.assertEqual(pulled.returncode, from_files.returncode, pulled.stderr + from_files.stderr)
        self.assertEqual(org.returncode, from_files.returncode, org.stderr)

        def findings(run):
            return sorted((f["code"], f["message"]) for f in json.loads(run.stdout)["findings"])

        expected = findings(from_files)
        self.assertGreater(len(expected), 0)
        self.assertEqual(findings(pulled), expected)
        self.assertEqual(findings(org), expected)
        self.assertEqual(list(self.work.glob("cxlint-org-*")), [])  # lint --org cleans up

    def test_lint_org_names_pulled_files_by_their_place_and_writes_outputs_where_asked(self):
        # Relative output paths are the user's, taken from the folder cxlint was started in.
        run = self.cxlint("lint", "--org", "--format", "json", "--format", "sarif=org.sarif", cwd=self.work)
        files = {f["file"] for f in json.loads(run.stdout)["findings"]}
        self.assertGreater(len(files), 0)
        for file in files:
            self.assertRegex(file, r"^(flows|data-actions)/", "findings name the pulled file by its place")
        self.assertTrue((self.work / "org.sarif").is_file(), run.stderr)

    def test_access_token_from_the_environment_needs_no_login(self):
        self.platform.tokens.add("ready-token")
        run = self.pull(env={"GENESYSCLOUD_OAUTHCLIENT_ID": "", "GENESYSCLOUD_OAUTHCLIENT_SECRET": "",
                             "GENESYSCLOUD_ACCESS_TOKEN": "ready-token"})
        self.assert_complete_pull(run)
        self.assertEqual(self.platform.requests_to("^/oauth/token$"), [])
        self.assertTrue(all(e["authorization"] == "Bearer ready-token" for e in self.platform.requests_to("^/api/")))

    def test_verbose_logs_requests_but_never_the_secret_or_token(self):
        run = self.pull("--verbose")
        self.assert_complete_pull(run)
        self.assertIn("GET /api/v2/flows?", run.stderr)
        self.assertNotIn("token-1", run.stderr)

    # ---- faults ---------------------------------------------------------------------------------

    def test_429_with_retry_after_seconds_waits_as_asked(self):
        self.platform.add_fault(ENDS_PAGE_1_FLOWS, "status", status=429, headers={"Retry-After": "40"},
                                body=json.dumps({"message": "Rate limit exceeded the maximum. Retry the request in [40] "
                                                            "seconds", "code": "too.many.requests.retry.after",
                                                 "status": 429}))
        run = self.pull("--verbose")
        self.assert_complete_pull(run)
        [gap] = self.gaps(ENDS_PAGE_1_FLOWS)
        self.assertGreaterEqual(gap, 40 * SCALE)
        self.assertLess(gap, 40 * SCALE + 1.0)
        self.assertEqual(self.logged_waits(run), [(40.0, "Retry-After")])
        self.assertIn("1 retry", run.stderr)

    def test_429_without_retry_after_backs_off_with_jitter_under_the_exponential_ceiling(self):
        self.platform.add_fault(ENDS_PAGE_1_FLOWS, "status", times=3, status=429, body="{}")
        run = self.pull("--verbose")
        self.assert_complete_pull(run)
        waits = self.logged_waits(run)
        self.assertEqual([kind for _, kind in waits], ["backoff"] * 3)
        for number, ((wait, _), gap) in enumerate(zip(waits, self.gaps(ENDS_PAGE_1_FLOWS)), start=1):
            self.assertLessEqual(wait, 1.0 * 2 ** (number - 1))  # full jitter: [0, base·2^(n-1))
            self.assertGreaterEqual(gap, wait * SCALE)
            self.assertLess(gap, wait * SCALE + 1.0)
        self.assertEqual(len(self.platform.requests_to(ENDS_PAGE_1_FLOWS)), 4)

    def test_503_with_an_http_date_retry_after(self):
        when = email.utils.formatdate(time.time() + 30, usegmt=True)
        self.platform.add_fault(r"^/api/v2/integrations/actions\?", "status", status=503,
                                headers={"Retry-After": when}, body="{}")
        run = self.pull("--verbose")
        self.assert_complete_pull(run)
        [(wait, kind)] = self.logged_waits(run)
        self.assertEqual(kind, "Retry-After")
        self.assertTrue(28 <= wait <= 30, wait)
        [gap] = self.gaps(r"^/api/v2/integrations/actions\?pageSize=\d+&pageNumber=1$")
        self.assertGreaterEqual(gap, 28 * SCALE)

    def test_5xx_and_timeouts_and_truncated_bodies_are_retried(self):
        flow_id = self.platform.org.flows[0]["id"]
        action_id = self.platform.org.actions[0]["id"]
        self.platform.add_fault(r"^/api/v2/integrations\?", "status", status=500, body="oops")
        self.platform.add_fault(f"/flows/{flow_id}/latestconfiguration", "slow", seconds=2.0)
        self.platform.add_fault(f"/actions/{action_id}", "truncate")
        run = self.pull("--timeout", "0.5")
        self.assert_complete_pull(run)
        self.assertEqual(len(self.platform.requests_to(r"^/api/v2/integrations\?pageSize=\d+&pageNumber=1$")), 2)
        self.assertEqual(len(self.platform.requests_to(f"/flows/{flow_id}/latestconfiguration")), 2)
        [gap] = self.gaps(f"/flows/{flow_id}/latestconfiguration")
        # The retry came after the 0.5 s timeout, not after the 2 s slow answer. The server logs
        # arrivals, a little after the client's clock starts, so the gap may fall a hair short of
        # 0.5 s; the margin still tells a timeout from an immediate retry.
        self.assertGreaterEqual(gap, 0.4)
        self.assertLess(gap, 2.0)
        self.assertEqual(len(self.platform.requests_to(f"/actions/{action_id}")), 2)
        self.assertIn("3 retries", run.stderr)

    def test_gives_up_after_the_attempt_cap_naming_endpoint_and_status(self):
        self.platform.add_fault(r"^/api/v2/integrations/actions\?", "status", times=100, status=503, body="{}")
        run = self.pull("--max-attempts", "3")
        self.assert_failed_pull(run, "GET /api/v2/integrations/actions?pageSize=100&pageNumber=1",
                                "HTTP 503 (Service Unavailable)", "gave up after 3 attempts")
        self.assertEqual(len(self.platform.requests_to(r"^/api/v2/integrations/actions\?")), 3)
        self.assertIn("pull stopped", run.stderr)

    def test_gives_up_when_retry_after_is_past_the_time_budget(self):
        self.platform.add_fault(ENDS_PAGE_1_FLOWS, "status", times=100, status=429, headers={"Retry-After": "3600"})
        run = self.pull("--max-retry-time", "60")
        self.assert_failed_pull(run, "HTTP 429 (Too Many Requests)", "retry budget")
        self.assertEqual(len(self.platform.requests_to(ENDS_PAGE_1_FLOWS)), 1)
        self.assertLess(run.seconds, 10)

    def test_a_failure_ends_the_other_requests_waits(self):
        first, second = self.platform.org.flows[0]["id"], self.platform.org.flows[1]["id"]
        # The first flow asks for a 1000-second pause (10 s at this scale); the second fails
        # meanwhile, which must end the pull at once rather than after the pause. The 429 comes
        # late enough that the second request is surely in flight (a request not yet sent would
        # rightly hold back for the pause), and the 403 later still, during the pause.
        self.platform.add_fault(f"/flows/{first}/latestconfiguration", "status", status=429, seconds=0.8,
                                headers={"Retry-After": "1000"}, body="{}")
        self.platform.add_fault(f"/flows/{second}/latestconfiguration", "status", status=403, seconds=1.6, body="{}")
        run = self.pull("--concurrency", "2", "--max-retry-time", "3600")
        self.assert_failed_pull(run, f"GET /api/v2/flows/{second}/latestconfiguration", "HTTP 403")
        self.assertNotIn("cancelled", run.stderr)
        self.assertLess(run.seconds, 1000 * SCALE / 2)
        self.assertEqual(len(self.platform.requests_to(f"/flows/{first}/latestconfiguration")), 1)

    def test_4xx_other_than_429_is_not_retried(self):
        self.platform.add_fault(ENDS_PAGE_1_FLOWS, "status", times=100, status=403,
                                body=json.dumps({"message": "You are missing the following permission(s): "
                                                            "architect:flow:view", "status": 403}))
        run = self.pull()
        self.assert_failed_pull(run, "GET /api/v2/flows?", "HTTP 403 (Forbidden)", "architect:flow:view")
        self.assertEqual(len(self.platform.requests_to(ENDS_PAGE_1_FLOWS)), 1)

    def test_a_flow_deleted_since_the_listing_is_skipped(self):
        flow_id = self.platform.org.flows[1]["id"]
        self.platform.add_fault(f"/flows/{flow_id}/latestconfiguration", "status", status=404, body="{}")
        run = self.pull()
        index = self.assert_complete_pull(run, flows=len(self.flow_files) - 1)
        self.assertEqual(index["skipped"], 1)
        self.assertIn("HTTP 404", run.stderr)

    def test_malformed_json_is_a_clear_error_naming_the_endpoint(self):
        self.platform.add_fault(r"^/api/v2/integrations/actions\?", "malformed", times=100)
        run = self.pull()
        self.assert_failed_pull(run, "GET /api/v2/integrations/actions?pageSize=100&pageNumber=1",
                                "not valid JSON")
        action_id = self.platform.org.actions[2]["id"]
        self.platform.faults.clear()
        self.platform.add_fault(f"/actions/{action_id}", "malformed", times=100)
        run = self.pull()
        self.assert_failed_pull(run, f"GET /api/v2/integrations/actions/{action_id}", "not valid JSON")

    def test_401_renews_the_token_once_then_succeeds(self):
        flow_id = self.platform.org.flows[2]["id"]
        self.platform.add_fault(f"/flows/{flow_id}/latestconfiguration", "expire-token")
        run = self.pull("--concurrency", "1")
        self.assert_complete_pull(run)
        self.assertEqual(len(self.platform.requests_to("^/oauth/token$")), 2)
        [first, second] = self.platform.requests_to(f"/flows/{flow_id}/latestconfiguration")
        self.assertEqual(first["status"], 401)
        self.assertEqual(second["authorization"], "Bearer token-2")
        self.assertEqual(second["status"], 200)

    def test_a_second_401_is_an_error(self):
        self.platform.add_fault(ENDS_PAGE_1_FLOWS, "status", times=100, status=401, body="{}")
        run = self.pull()
        self.assert_failed_pull(run, "GET /api/v2/flows?", "HTTP 401")
        self.assertEqual(len(self.platform.requests_to(ENDS_PAGE_1_FLOWS)), 2)
        self.assertEqual(len(self.platform.requests_to("^/oauth/token$")), 2)

    def test_a_refusing_token_endpoint_is_a_clear_error_without_the_secret(self):
        run = self.pull(secret=SECRET[::-1])
        self.assert_failed_pull(run, "POST " + self.platform.base + "/oauth/token", "HTTP 401", "invalid_client")
        self.assertEqual(len(self.platform.requests_to("^/oauth/token$")), 1)
        self.assertEqual(self.platform.requests_to("^/api/"), [])
        self.assertNotIn(SECRET[::-1], run.stderr)

    def test_a_server_echoing_the_secret_does_not_get_it_printed(self):
        self.platform.add_fault("^/oauth/token$", "status", times=100, status=400,
                                body=json.dumps({"error": "invalid_request", "error_description": f"bad {SECRET}"}))
        run = self.pull("--verbose")
        self.assert_failed_pull(run, "[redacted]")

    @unittest.skipUnless(shutil.which("openssl"), "needs the openssl command to make a certificate")
    def test_tls_is_verified_and_ca_file_adds_trust(self):
        certificate, key = self.work / "cert.pem", self.work / "key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                        "-nodes", "-keyout", str(key), "-out", str(certificate), "-days", "1", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
        self.platform.stop()
        flows, actions = corpus_files()
        self.platform = fake_platform.FakePlatform(fake_platform.Org(flows, actions), CLIENT_ID, SECRET,
                                                   tls=(str(certificate), str(key))).start()
        self.assertTrue(self.platform.base.startswith("https://"))
        run = self.pull()
        self.assert_failed_pull(run, "POST " + self.platform.base + "/oauth/token", "0 retries")
        self.assertRegex(run.stderr, r"(?i)certificate|SSL")
        self.assertEqual(self.platform.log, [])  # nothing was sent to a server it could not verify
        self.assert_complete_pull(self.pull("--ca-file", str(certificate)))

    # ---- usage ----------------------------------------------------------------------------------

    def test_region_names_and_missing_credentials(self):
        run = self.cxlint("pull", "--out", str(self.out), "--region", "mars-north-1", api=False)
        self.assertEqual(run.returncode, 2)
        self.assertIn("unknown region 'mars-north-1'", run.stderr)
        self.assertIn("eu-west-1", run.stderr)
        run = self.cxlint("pull", "--out", str(self.out), secret="", env={"GENESYSCLOUD_OAUTHCLIENT_ID": ""})
        self.assertEqual(run.returncode, 2)
        self.assertIn("no credentials", run.stderr)
        run = self.cxlint("pull", "--out", str(self.out), api=False)
        self.assertEqual(run.returncode, 2)
        self.assertIn("no region", run.stderr)


def main():
    global CXLINT, CORPUS
    parser = argparse.ArgumentParser()
    parser.add_argument("--cxlint", required=True)
    parser.add_argument("--shared", required=True)
    options, rest = parser.parse_known_args()
    CXLINT = options.cxlint
    CORPUS = pathlib.Path(options.shared) / "corpus"
    if not CORPUS.is_dir():
        print(f"api: FAILED: no corpus at {CORPUS}", file=sys.stderr)
        return 1
    program = unittest.main(argv=[sys.argv[0], *rest], exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
