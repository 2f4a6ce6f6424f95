#!/usr/bin/env python3
"""Piste's tiers against each other and against node, from a bin/bench results file.

    bench/summary.py [bench/out/results-....json]      (default: the newest)
"""
import glob
import json
import math
import os
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out")
f = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.join(OUT, "results-*.json")))[-1]
d = json.load(open(f))
rows = {}
for r in d["results"]:
    rows.setdefault(r["benchmark"], {})[r["mode"]] = r["steady_ms"] if r["ok"] else None
modes = [m for m in ("interp", "tier1", "jit", "node-jitless", "node") if any(m in v for v in rows.values())]
print("| benchmark | " + " | ".join(m + " ms" for m in modes) + " | jit ÷ interp | jit ÷ node --jitless |")
print("|---|" + "---:|" * (len(modes) + 2))
speedups, vs_jitless = [], []
for b, m in sorted(rows.items()):
    cells = ["%.1f" % m[x] if m.get(x) else "-" for x in modes]
    s = m["interp"] / m["jit"] if m.get("interp") and m.get("jit") else None
    v = m["jit"] / m["node-jitless"] if m.get("jit") and m.get("node-jitless") else None
    if s: speedups.append(s)
    if v: vs_jitless.append(v)
    print("| %s | %s | %s | %s |" % (b, " | ".join(cells), "%.2fx" % s if s else "-", "%.2f" % v if v else "-"))
g = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")
gm = {x: g([m[x] for m in rows.values() if m.get(x)]) for x in modes}
print("| **geomean** | %s | **%.2fx** | **%.2f** |" % (" | ".join("%.1f" % gm[x] for x in modes), g(speedups), g(vs_jitless)))
print()
t2 = {r["benchmark"]: r.get("tier2") for r in d["results"] if r["mode"] == "jit" and r.get("tier2")}
if t2:
    print("Tier 2 in the jit runs (whole process, from --jit-stats):")
    print()
    print("| benchmark | compilations | refused | compile ms | calls inlined | deopts | invalidations |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for b in sorted(t2):
        x = t2[b]
        print("| %s | %d | %d | %.1f | %d | %d | %d |" % (b, x["compilations"], x["refused"], x["compile_ms"], x["inlined"], x["deopts"], x["invalidations"]))
    print()
print("%s; machine %s" % (f, d.get("machine", "")))
