#!/usr/bin/env python3
"""Tier 1 against the interpreter and node from a bin/bench results file: bench/summary.py [bench/out/results-....json] (default: the newest)."""
import json,math,glob,sys
f=sys.argv[1] if len(sys.argv)>1 else sorted(glob.glob('/work/main/bench/out/results-*.json'))[-1]
d=json.load(open(f))
rows={}
for r in d['results']:
    rows.setdefault(r['benchmark'],{})[r['mode']]=(r['steady_ms'],r['first_ms'])
print("| benchmark | interp steady ms | tier 1 steady ms | tier 1 speedup | node --jitless ms | tier 1 ÷ node --jitless | node ms | interp first ms | tier 1 first ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
sp=[];vsj=[];fi=[];ft=[]
for b,m in sorted(rows.items()):
    s=m['interp'][0]/m['tier1'][0]; sp.append(s); v=m['tier1'][0]/m['node-jitless'][0]; vsj.append(v)
    fi.append(m['interp'][1]); ft.append(m['tier1'][1])
    print("| %s | %.1f | %.1f | %.2fx | %.1f | %.2f | %.1f | %d | %d |"%(b,m['interp'][0],m['tier1'][0],s,m['node-jitless'][0],v,m['node'][0],m['interp'][1],m['tier1'][1]))
g=lambda xs: math.exp(sum(map(math.log,xs))/len(xs))
print("| **geomean** | | | **%.2fx** | | **%.2f** | | %.0f | %.0f |"%(g(sp),g(vsj),g(fi),g(ft)))
print(f, d.get('machine',''))
