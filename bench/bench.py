#!/usr/bin/env python3
"""Piste benchmark runner (called by bin/bench).

Runs each benchmark in bench/suite/ on Piste in each of its execution modes and on node (when
installed), interleaved benchmark by benchmark and mode by mode, never in parallel. Each run is
one process: the prelude (iteration count, smoke flag), bench/harness.js and the benchmark file,
concatenated into a temporary script. Prints a Markdown table and writes bench/out/results-<date>.json
(and the same table as .md).
"""
import argparse, datetime, json, math, os, platform, re, shutil, statistics, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "bench")
SUITE = os.path.join(BENCH, "suite")

# The execution modes: name, engine, flags, default iteration count. Piste's later tiers are one
# line each here.
# The compiled tiers run more iterations: their warm-up (HotSpot compiling the generated code too)
# takes longer, and steady state is measured on the last half.
MODES = [
    ("interp", "piste", ["--jitless"], 8),
    ("tier1", "piste", ["--opt-ticks=0"], 12),
    ("jit", "piste", ["--jit-stats"], 12),
    ("node", "node", [], 10),
    ("node-jitless", "node", ["--jitless"], 6),
]
REFERENCE = "node"  # the ratio column is steady-state time / this mode's steady-state time


def engine_command(engine):
    if engine == "piste":
        return [os.path.join(ROOT, "bin", "piste")]
    return [shutil.which("node")] if shutil.which("node") else None


def steady_state(times):
    """Median of the last half of the iterations."""
    if not times:
        return None
    half = times[len(times) // 2:] if len(times) > 1 else times
    return statistics.median(half)


def tier2_stats(stderr):
    """Tier 2's totals from --jit-stats: compilations, compile time, inlined calls, deoptimizations."""
    m = re.search(r"\[jit-stats\] tier 2: (\d+) compilations .*?, (\d+) refused, in ([\d.]+) ms; (\d+) calls inlined; (\d+) deoptimizations, (\d+) invalidations", stderr or "")
    if not m:
        return None
    return {"compilations": int(m.group(1)), "refused": int(m.group(2)), "compile_ms": float(m.group(3)),
            "inlined": int(m.group(4)), "deopts": int(m.group(5)), "invalidations": int(m.group(6))}


def time_tool():
    t = "/usr/bin/time"
    if os.path.exists(t):
        probe = subprocess.run([t, "-v", "true"], capture_output=True, text=True)
        if probe.returncode == 0 and "Maximum resident set size" in probe.stderr:
            return t
    return None


def run_one(cmd, script, timeout, timer):
    full = ([timer, "-v"] if timer else []) + cmd + [script]
    try:
        p = subprocess.run(full, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timeout after %ds" % timeout, None
    rss = None
    stderr = p.stderr
    if timer:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
        if m:
            rss = int(m.group(1))
        stderr = stderr[:stderr.rfind("\tCommand being timed")] if "\tCommand being timed" in stderr else stderr
    return p.returncode, p.stdout, stderr, rss


def machine_info():
    info = {"nproc": os.cpu_count(), "platform": platform.platform()}
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        if m:
            info["cpu"] = m.group(1).strip()
    except OSError:
        pass
    try:
        info["nproc"] = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())
    except (OSError, ValueError):
        pass
    if shutil.which("node"):
        info["node"] = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    try:
        info["commit"] = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    return info


def fmt(x, digits=0):
    if x is None:
        return "-"
    return ("%." + str(digits) + "f") % x


def main():
    ap = argparse.ArgumentParser(prog="bin/bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated benchmark names (default: all in bench/suite)")
    ap.add_argument("--iterations", type=int, help="iterations per run in every mode (default: per mode: " +
                    ", ".join("%s %d" % (m[0], m[3]) for m in MODES) + ")")
    ap.add_argument("--modes", help="comma-separated modes (default: all available: " + ",".join(m[0] for m in MODES) + ")")
    ap.add_argument("--smoke", action="store_true", help="run the small smoke sizes (a correctness check, not a measurement)")
    ap.add_argument("--timeout", type=int, default=900, help="seconds per run (default 900)")
    ap.add_argument("--no-save", action="store_true", help="do not write bench/out/results-*.json/.md")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and modes, then exit")
    args = ap.parse_args()

    names = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".js"))
    if args.list:
        print("benchmarks: " + " ".join(names))
        for m in MODES:
            print("mode %-14s %s %s (default %d iterations)" % (m[0], m[1], " ".join(m[2]), m[3]))
        return 0
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            print("unknown benchmark(s): %s (have: %s)" % (", ".join(unknown), ", ".join(names)), file=sys.stderr)
            return 2
        names = wanted
    modes = MODES
    if args.modes:
        wanted = [m.strip() for m in args.modes.split(",") if m.strip()]
        known = {m[0]: m for m in MODES}
        bad = [m for m in wanted if m not in known]
        if bad:
            print("unknown mode(s): %s (have: %s)" % (", ".join(bad), ", ".join(known)), file=sys.stderr)
            return 2
        modes = [known[m] for m in wanted]
    notes = []
    runnable = []
    for m in modes:
        if engine_command(m[1]) is None:
            notes.append("mode %s skipped: %s is not installed" % (m[0], m[1]))
        else:
            runnable.append(m)
    modes = runnable
    timer = time_tool()
    if timer is None:
        notes.append("peak memory not measured: /usr/bin/time -v is not available (Debian package `time`)")

    if any(m[1] == "piste" for m in modes):  # build once, outside any measurement
        b = subprocess.run([os.path.join(ROOT, "bin", "piste"), "-e", "0"], capture_output=True, text=True)
        if b.returncode != 0:
            print("building Piste failed:\n" + b.stderr, file=sys.stderr)
            return 2

    harness = open(os.path.join(BENCH, "harness.js")).read()
    tmp = tempfile.mkdtemp(prefix="piste-bench-")
    results = []
    failures = 0
    try:
        for name in names:
            source = open(os.path.join(SUITE, name + ".js")).read()
            for (mode, engine, flags, default_iters) in modes:
                iters = args.iterations or default_iters
                prelude = "var BENCH_ITERATIONS = %d;\n" % iters
                if args.smoke:
                    prelude += "var BENCH_SMOKE = true;\n"
                script = os.path.join(tmp, "%s.js" % name)
                with open(script, "w") as f:
                    f.write(prelude + harness + "\n" + source)
                cmd = engine_command(engine) + flags
                print("running %-14s %-13s (%d iterations)..." % (name, mode, iters), file=sys.stderr, flush=True)
                rc, out, err, rss = run_one(cmd, script, args.timeout, timer)
                times = [int(m.group(1)) for m in re.finditer(r"^ITERATION \S+ \d+ (\d+)$", out, re.M)]
                checked = re.search(r"^CHECKED ", out, re.M) is not None
                ok = rc == 0 and checked and len(times) == iters
                if not ok:
                    failures += 1
                    detail = (err.strip().splitlines() or ["exit code %s" % rc])[:3]
                    print("  FAILED: %s" % " | ".join(detail), file=sys.stderr)
                results.append({
                    "benchmark": name, "mode": mode, "engine": engine, "flags": flags,
                    "iterations_ms": times, "first_ms": times[0] if times else None,
                    "steady_ms": steady_state(times), "max_rss_kb": rss, "checked": checked, "ok": ok,
                    "tier2": tier2_stats(err),
                    "error": None if ok else (err.strip()[-2000:] or "exit code %s" % rc),
                })
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    ref = {r["benchmark"]: r["steady_ms"] for r in results if r["mode"] == REFERENCE and r["ok"]}
    for r in results:
        base = ref.get(r["benchmark"])
        r["ratio_to_node"] = (r["steady_ms"] / base) if (r["ok"] and base and r["steady_ms"] is not None) else None

    now = datetime.datetime.now()
    info = machine_info()
    lines = []
    lines.append("Date: %s. Machine: %s, %s cores (nproc), %s; node %s; Piste commit %s.%s" % (
        now.strftime("%Y-%m-%d %H:%M"), info.get("cpu", "?"), info.get("nproc", "?"), info.get("platform", "?"),
        info.get("node", "absent"), info.get("commit", "?"), " Smoke sizes." if args.smoke else ""))
    lines.append("")
    lines.append("| benchmark | mode | steady ms | first ms | iterations | max RSS MB | × %s |" % REFERENCE)
    lines.append("|---|---|---:|---:|---:|---:|---:|")
    for r in results:
        lines.append("| %s | %s | %s | %s | %d | %s | %s |" % (
            r["benchmark"], r["mode"], fmt(r["steady_ms"], 1) if r["ok"] else "FAILED", fmt(r["first_ms"]),
            len(r["iterations_ms"]), fmt(r["max_rss_kb"] / 1024 if r["max_rss_kb"] else None),
            fmt(r["ratio_to_node"], 1) if r["ratio_to_node"] is not None else "-"))
    lines.append("")
    summary = []
    for (mode, _, _, _) in modes:
        rs = [r["ratio_to_node"] for r in results if r["mode"] == mode and r["ratio_to_node"]]
        if rs and mode != REFERENCE:
            summary.append("%s %.1f× (%d benchmarks)" % (mode, math.exp(sum(math.log(x) for x in rs) / len(rs)), len(rs)))
    if summary:
        lines.append("Geometric mean of the steady-state ratio to %s: %s." % (REFERENCE, "; ".join(summary)))
        lines.append("")
    lines.append("steady = median of the last half of the iterations; first = the first iteration; "
                 "max RSS = peak resident memory of the whole process (for Piste, the JVM).")
    for n in notes:
        lines.append("Note: " + n + ".")
    table = "\n".join(lines)
    print(table)

    if not args.no_save:
        outdir = os.path.join(BENCH, "out")
        os.makedirs(outdir, exist_ok=True)
        stamp = now.strftime("%Y-%m-%dT%H%M%S")
        data = {"date": now.isoformat(timespec="seconds"), "machine": info, "smoke": args.smoke,
                "modes": {m[0]: {"engine": m[1], "flags": m[2]} for m in modes}, "reference": REFERENCE,
                "notes": notes, "results": results}
        with open(os.path.join(outdir, "results-%s.json" % stamp), "w") as f:
            json.dump(data, f, indent=1)
        with open(os.path.join(outdir, "results-%s.md" % stamp), "w") as f:
            f.write(table + "\n")
        print("\nwrote bench/out/results-%s.json and .md" % stamp, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
