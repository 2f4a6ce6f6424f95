package dev.piste.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Not a test: generates at least 5 MB of varied, realistic JavaScript, writes it to a temp file, parses it
 * repeatedly and prints MB/s after warm-up. Run with
 * {@code java -cp engine/target/classes:engine/target/test-classes dev.piste.parse.ParseSpeedBenchmark [file]}
 * and compare with {@code node --check <file>} (the command is printed).
 */
public final class ParseSpeedBenchmark {
    private ParseSpeedBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file;
        if (args.length > 0) {
            file = Path.of(args[0]);
        } else {
            file = Files.createTempFile("piste-bench", ".js");
            Files.writeString(file, generate(5_500_000), StandardCharsets.UTF_8);
        }
        String source = Files.readString(file, StandardCharsets.UTF_8);
        double megabytes = source.length() / 1e6;
        System.out.printf("file: %s (%.2f MB)%n", file, megabytes);
        for (int i = 0; i < 8; i++) Parser.parseScript(source, "bench.js");
        int runs = 10;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) Parser.parseScript(source, "bench.js");
        double seconds = (System.nanoTime() - start) / 1e9 / runs;
        System.out.printf("Piste: %.1f ms per parse, %.1f MB/s%n", seconds * 1e3, megabytes / seconds);
        System.out.println("compare: time node --check " + file);
    }

    /** Generates about {@code targetChars} of JavaScript mixing the constructs real code uses. */
    static String generate(int targetChars) {
        Random random = new Random(2022);
        StringBuilder sb = new StringBuilder(targetChars + 4096);
        int n = 0;
        while (sb.length() < targetChars) {
            n++;
            switch (random.nextInt(8)) {
                case 0 -> sb.append("function compute").append(n).append("(items, { limit = 10, offset } = {}, ...rest) {\n")
                    .append("  let total = 0;\n")
                    .append("  for (let i = offset; i < items.length && i < limit; i++) {\n")
                    .append("    const item = items[i];\n")
                    .append("    if (item == null) continue;\n")
                    .append("    total += item.value * 2 + (item.bonus ?? 0) - Math.floor(i / 3);\n")
                    .append("  }\n")
                    .append("  return total > 100 ? `big:${total}` : 'small:' + total;\n}\n");
                case 1 -> sb.append("class Widget").append(n).append(" extends Base {\n")
                    .append("  #state = { count: 0, name: \"w").append(n).append("\" };\n")
                    .append("  static instances = [];\n")
                    .append("  constructor(options) { super(options); Widget").append(n).append(".instances.push(this); }\n")
                    .append("  get count() { return this.#state.count; }\n")
                    .append("  set count(v) { this.#state.count = v | 0; }\n")
                    .append("  async refresh(url) {\n")
                    .append("    const response = await fetch(`${url}/items?id=${this.#state.count}`);\n")
                    .append("    const { data, errors = [] } = await response.json();\n")
                    .append("    return data?.items?.map(x => x.id) ?? errors;\n  }\n")
                    .append("  *entries() { for (const [k, v] of Object.entries(this.#state)) yield [k, v]; }\n}\n");
                case 2 -> sb.append("const config").append(n).append(" = {\n")
                    .append("  name: 'config-").append(n).append("', version: ").append(random.nextInt(100)).append(".").append(random.nextInt(10)).append(",\n")
                    .append("  enabled: true, retries: 0x1F, ratio: 1.5e-3,\n")
                    .append("  nested: { list: [1, 2, 3, , 5], empty: {}, fn() { return this.list.length; } },\n")
                    .append("  [`key${").append(n).append("}`]: null,\n")
                    .append("  handler: (event) => { console.log(event.type, event.target?.id); },\n};\n");
                case 3 -> sb.append("var pattern").append(n).append(" = /^([a-z0-9_.-]+)@([\\da-z.-]+)\\.([a-z.]{2,6})$/gi;\n")
                    .append("if (pattern").append(n).append(".test(input) && !/\\s/.test(input)) { result = input.replace(/[<>]/g, '') / 2; }\n");
                case 4 -> sb.append("while (queue.length > 0) {\n")
                    .append("  const node = queue.shift();\n")
                    .append("  switch (node.kind) {\n")
                    .append("    case 'leaf': visit(node); break;\n")
                    .append("    case 'branch': queue.push(...node.children); break;\n")
                    .append("    default: throw new Error(\"unknown kind \" + node.kind);\n  }\n}\n");
                case 5 -> sb.append("const [first").append(n).append(", second").append(n).append(" = 2, ...others").append(n)
                    .append("] = values.filter(v => v % 2 === 0).map((v, i) => v ** 2 + i);\n")
                    .append("let { a: alpha").append(n).append(", b: { c: gamma").append(n).append(" } } = source;\n");
                case 6 -> sb.append("try {\n  doSomething(").append(n).append(", 'arg', [1, 2], { x: 1 });\n")
                    .append("} catch (err) {\n  report(err.message);\n} finally {\n  cleanup();\n}\n")
                    .append("// a comment line about ").append(n).append("\n/* block comment\n * spanning lines */\n");
                default -> sb.append("export_").append(n).append(" = async function* gen() { let i = 0; while (i < 10) yield await step(i++); };\n")
                    .append("label").append(n).append(": for (const k in obj) { if (!obj.hasOwnProperty(k)) continue label").append(n).append("; }\n");
            }
        }
        return sb.toString();
    }
}
