package dev.piste.runtime.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch of numeric operations through node and returns its answers, one per request.
 *
 * <p>Protocol: one request per line, fields separated by tabs. The first field is the operation
 * (see {@link #SCRIPT}); doubles travel as the 16 hex digits of their bits and strings as JSON, so
 * nothing is lost in transit. Numeric answers come back the same way ("NaN" for any NaN, since
 * payloads are not observable in JavaScript); string answers come back raw.
 */
final class NodeOracle {
    private static final String SCRIPT = """
            const fs = require('fs');
            const view = new DataView(new ArrayBuffer(8));
            function d(hex) { view.setBigUint64(0, BigInt('0x' + hex)); return view.getFloat64(0); }
            function h(x) {
              if (Number.isNaN(x)) return 'NaN';
              view.setFloat64(0, x);
              return view.getBigUint64(0).toString(16).padStart(16, '0');
            }
            const out = [];
            for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\\n')) {
              if (!line) continue;
              const p = line.split('\\t');
              let r;
              switch (p[0]) {
                case 'str': r = String(d(p[1])); break;
                case 'radix': r = d(p[1]).toString(+p[2]); break;
                case 'fixed': r = d(p[1]).toFixed(+p[2]); break;
                case 'exp': r = p[2] === '-1' ? d(p[1]).toExponential() : d(p[1]).toExponential(+p[2]); break;
                case 'prec': r = d(p[1]).toPrecision(+p[2]); break;
                case 'num': r = h(Number(JSON.parse(p[1]))); break;
                case 'pint': r = h(parseInt(JSON.parse(p[1]), +p[2])); break;
                case 'pfloat': r = h(parseFloat(JSON.parse(p[1]))); break;
                case 'int32': r = String(d(p[1]) | 0); break;
                case 'uint32': r = String(d(p[1]) >>> 0); break;
                case 'uint16': r = String(new Uint16Array([d(p[1])])[0]); break;
                case 'rem': r = h(d(p[1]) % d(p[2])); break;
                case 'pow': r = h(d(p[1]) ** d(p[2])); break;
                default: throw new Error('unknown op ' + p[0]);
              }
              out.push(r);
            }
            fs.writeFileSync(process.argv[3], out.join('\\n') + '\\n');
            """;

    private NodeOracle() {}

    static boolean available() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<String> run(List<String> requests) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("piste-node-oracle");
        try {
            Path script = dir.resolve("oracle.js");
            Path in = dir.resolve("in.txt");
            Path out = dir.resolve("out.txt");
            Files.writeString(script, SCRIPT);
            Files.write(in, requests, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("node", script.toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException("node failed: " + log);
            List<String> answers = new ArrayList<>(Files.readAllLines(out, StandardCharsets.UTF_8));
            // split('\n') on the node side cannot produce extra lines: string answers never contain newlines.
            if (answers.size() != requests.size()) {
                throw new IOException("node answered " + answers.size() + " of " + requests.size() + " requests");
            }
            return answers;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    static String hex(double d) {
        String digits = Long.toHexString(Double.doubleToRawLongBits(d));
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** The node-side encoding of a numeric answer. */
    static String encode(double d) {
        return Double.isNaN(d) ? "NaN" : hex(d);
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c > 0x7E) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }
}
