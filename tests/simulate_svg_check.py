#!/usr/bin/env python3
"""The plot of `cxlint simulate --plot` is well-formed SVG and holds the series it claims: it runs
the README's example with --plot and --format json, parses the SVG with xml.etree, turns each drawn
line back into numbers through its panel's plot box and ranges, and compares them with the JSON's
per-second counts (averaged over the same bins) and time-to-answer figures.

usage: tests/simulate_svg_check.py CXLINT SOURCE_DIR
"""
import json
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
REQUEST_SERIES = {"offered conversations": "offered", "requests sent to the far end": "sent",
                  "rejected (HTTP 429 or Genesys limit)": "rejected", "conversations lost": "lost"}
MAX_POINTS = 240  # as src/simulate/svg_plot.cc draws
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def points_of(polyline):
    return [tuple(float(v) for v in pair.split(",")) for pair in polyline.get("points").split()]


def binned(counts, bin_size, length):
    out = []
    for start in range(0, length, bin_size):
        window = [counts[s] if s < len(counts) else 0 for s in range(start, min(start + bin_size, length))]
        out.append(sum(window) / len(window))
    return out


def check_request_panel(panel, stats, length, where):
    left, top, right, bottom = (float(v) for v in panel.get("data-plot").split())
    y_max = float(panel.get("data-y-max"))
    bin_size = max(1, math.ceil(length / MAX_POINTS))
    lines = {line.get("data-series"): line for line in panel.iter(SVG + "polyline")}
    check(set(lines) == set(REQUEST_SERIES), f"{where}: series {sorted(lines)}")
    for name, key in REQUEST_SERIES.items():
        if name not in lines:
            continue
        expected = binned(stats["per_second"][key], bin_size, length)
        drawn = points_of(lines[name])
        check(len(drawn) == len(expected), f"{where} {name}: {len(drawn)} points for {len(expected)} bins")
        for i, ((x, y), value) in enumerate(zip(drawn, expected)):
            check(left - 0.1 <= x <= right + 0.1 and top - 0.1 <= y <= bottom + 0.1, f"{where} {name}: point {i} outside the plot")
            shown = (bottom - y) / (bottom - top) * y_max
            if abs(shown - min(value, y_max)) > max(0.05, y_max * 0.002):
                failures.append(f"{where} {name}: bin {i} drawn as {shown:.3f}, the JSON says {value:.3f}")
                break


def check_answer_panel(panel, site, where):
    left, top, right, bottom = (float(v) for v in panel.get("data-plot").split())
    x_max = float(panel.get("data-x-max"))
    lines = {line.get("data-series"): line for line in panel.iter(SVG + "polyline")}
    for name, policy in (("time to answer, as written", "as_written"), ("time to answer, recommended", "recommended")):
        check(name in lines, f"{where}: no '{name}' line")
        if name not in lines:
            continue
        stats = site[policy]
        shares = [(bottom - y) / (bottom - top) for _, y in points_of(lines[name])]
        check(all(b >= a - 1e-9 for a, b in zip(shares, shares[1:])), f"{where} {name}: the share answered goes down")
        answered = (stats["answered_first_time"] + stats["answered_after_retries"]) / stats["conversations"]
        # The axis reaches past the slower p99, so nearly every answered conversation is in.
        check(answered * 0.985 - 0.002 <= shares[-1] <= answered + 0.002,
              f"{where} {name}: ends at {shares[-1]:.4f}, the JSON's answered share is {answered:.4f}")
        timing = stats["time_to_answer_ms"]
        if timing:
            check(timing["p99"] / 1000 <= x_max, f"{where} {name}: p99 {timing['p99']} ms beyond the axis ({x_max} s)")
            at_p50 = shares[min(len(shares) - 1, math.ceil(timing["p50"] / 1000 / x_max * (len(shares) - 1)))]
            check(at_p50 >= answered * 0.5 - 0.01, f"{where} {name}: below half the answered at the JSON's p50")


def main():
    cxlint, source = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        plot, report = os.path.join(tmp, "peak.svg"), os.path.join(tmp, "peak.json")
        run = subprocess.run([cxlint, "simulate", "examples/black-friday", "--peak", "50/s", "--endpoint-limit", "20/s",
                              "--plot", plot, "--format", "json", "-o", report], cwd=source, capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stderr)
            return 1
        data = json.load(open(report))
        root = ET.parse(plot).getroot()  # raises on anything not well-formed
    check(root.tag == SVG + "svg", f"root element {root.tag}")
    check(root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}", "viewBox and size disagree")
    check(root.find(SVG + "title") is not None, "no <title>")
    sites = [g for g in root.iter(SVG + "g") if g.get("class") == "call-site"]
    check(len(sites) == len(data["call_sites"]) == 2, f"{len(sites)} call sites drawn, {len(data['call_sites'])} simulated")
    for group, site in zip(sites, data["call_sites"]):
        where = site["call"]
        check(group.get("data-call") == site["call"], f"{where}: drawn as {group.get('data-call')}")
        texts = " ".join("".join(t.itertext()) for t in group.iter(SVG + "text"))
        for label in ("time since the start (minutes)", "per second", "seconds after the conversation arrived",
                      "% of conversations answered within", *REQUEST_SERIES):
            check(label in texts, f"{where}: no text '{label}'")
        panels = [g for g in group.iter(SVG + "g") if g.get("class") == "panel"]
        check(len(panels) == 3, f"{where}: {len(panels)} panels")
        if len(panels) != 3:
            continue
        length = max(len(site["as_written"]["per_second"]["offered"]), len(site["recommended"]["per_second"]["offered"]))
        check_request_panel(panels[0], site["as_written"], length, where + " (as written)")
        check_request_panel(panels[1], site["recommended"], length, where + " (recommended)")
        check_answer_panel(panels[2], site, where)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(sites)} call sites checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
