#!/usr/bin/env bash
# Runs every .js test under this directory with node and checks it against its
# inline expectations (// expect: ..., // expect runtime error: ..., // expect syntax error line N)
# or a sidecar <name>.expected file. Usage: check-with-node.sh [file-or-dir ...]
set -u
DIR="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then set -- "$DIR"; fi
exec node - "$@" <<'JS'
const fs = require('fs'), path = require('path'), cp = require('child_process');
const args = process.argv.slice(2);
const files = [];
function walk(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) { for (const n of fs.readdirSync(p).sort()) walk(path.join(p, n)); }
  else if (p.endsWith('.js')) files.push(p);
}
args.forEach(walk);
let passed = 0, failed = 0;
for (const f of files) {
  const src = fs.readFileSync(f, 'utf8');
  const lines = src.split('\n');
  const expected = [];
  let runtimeErr = null, syntaxLine = null;
  for (const l of lines) {
    let m;
    if ((m = /\/\/ expect: (.*)$/.exec(l))) expected.push(m[1].replace(/\r$/, ''));
    else if (/\/\/ expect:\s*$/.test(l)) expected.push('');
    else if ((m = /\/\/ expect runtime error: (.*)$/.exec(l))) runtimeErr = m[1].trim();
    else if ((m = /\/\/ expect syntax error line (\d+)/.exec(l))) syntaxLine = +m[1];
  }
  const sidecar = f.replace(/\.js$/, '.expected');
  let expectedOut = expected.length ? expected.join('\n') + '\n' : '';
  if (fs.existsSync(sidecar)) expectedOut = fs.readFileSync(sidecar, 'utf8');
  const errs = [];
  if (syntaxLine !== null) {
    const r = cp.spawnSync('node', ['--check', f], { encoding: 'utf8' });
    if (r.status === 0) errs.push('expected syntax error, but node --check succeeded');
    else {
      const m = /^.*?:(\d+)\s*$/m.exec(r.stderr);
      const got = m ? +m[1] : null;
      if (got !== syntaxLine) errs.push(`syntax error line: expected ${syntaxLine}, got ${got}\n${r.stderr.split('\n').slice(0, 6).join('\n')}`);
    }
  } else {
    const t0 = Date.now();
    const r = cp.spawnSync('node', [f], { encoding: 'utf8', timeout: 10000 });
    const ms = Date.now() - t0;
    if (r.error) errs.push('spawn error: ' + r.error.message);
    if (r.stdout !== expectedOut) {
      const a = expectedOut.split('\n'), b = r.stdout.split('\n');
      let i = 0; while (i < a.length && a[i] === b[i]) i++;
      errs.push(`stdout mismatch at line ${i + 1}: expected ${JSON.stringify(a[i])}, got ${JSON.stringify(b[i])}`);
    }
    if (runtimeErr !== null) {
      if (r.status === 0) errs.push('expected runtime error, but exited 0');
      else {
        const el = r.stderr.split('\n');
        let k = el.findIndex(x => /^\s*\^+\s*$/.test(x));
        let first = null;
        for (let j = k + 1; j < el.length; j++) if (el[j].trim() !== '') { first = el[j]; break; }
        if (first === null) first = el.find(x => x.trim() !== '') || '';
        first = first.replace(/^Uncaught /, '');
        // node prints "Name: message" or "Name [code]: message"; also "Name: message {" for errors with extra props
        first = first.replace(/ \{\s*$/, '');
        const ok = runtimeErr.includes(':') ? first === runtimeErr : (first === runtimeErr || first.startsWith(runtimeErr + ':'));
        if (!ok) errs.push(`runtime error: expected ${JSON.stringify(runtimeErr)}, got ${JSON.stringify(first)}`);
      }
    } else if (r.status !== 0) errs.push(`exit status ${r.status}\n${r.stderr.split('\n').slice(0, 8).join('\n')}`);
    if (ms > 3000) errs.push(`slow: ${ms}ms`);
  }
  const rel = path.relative(process.cwd(), f);
  if (errs.length) { failed++; console.log(`FAIL ${rel}\n  ${errs.join('\n  ')}`); }
  else passed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
JS
