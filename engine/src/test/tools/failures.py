#!/usr/bin/env python3
"""Summarizes JavaScriptTests failures from the surefire XML: one line per failing test, grouped by cause."""
import re, sys, xml.etree.ElementTree as ET, collections
path = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else 'engine/target/surefire-reports/TEST-dev.piste.JavaScriptTests.xml'
root = ET.parse(path).getroot()
by_cause = collections.defaultdict(list)
total = failed = skipped = 0
for tc in root.iter('testcase'):
    total += 1
    f = tc.find('failure')
    if f is None: f = tc.find('error')
    if tc.find('skipped') is not None: skipped += 1
    if f is None: continue
    failed += 1
    msg = (f.get('message') or f.text or '').strip()
    m = re.search(r'reproduce: (.*)', msg)
    cmd = m.group(1) if m else tc.get('name')
    first = msg.split('\n')[0][:160]
    detail = ' | '.join(l.strip() for l in msg.split('\n')[1:3])[:200]
    by_cause[first].append((cmd, detail))
for cause, items in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
    print(f'{len(items):4d}  {cause}')
    for cmd, detail in items[:int(sys.argv[2]) if len(sys.argv) > 2 else 3]:
        print(f'        {cmd}   {detail}')
print(f'{total} tests, {failed} failed, {skipped} skipped')
