package dev.piste.cli;

import dev.piste.api.Context;
import dev.piste.api.JsError;
import dev.piste.tools.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line launcher: {@code piste [flags] file.js [args...]} or {@code piste [flags] -e code}.
 * Exit status: 0 on success, 1 on an uncaught exception or syntax error, 2 on bad usage.
 */
public final class Main {
    private Main() {}

    static final String USAGE = """
        Usage: piste [flags] file.js [args...]
               piste [flags] -e 'code'
        Flags:
        """;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        Options options = new Options();
        List<String> rest = new ArrayList<>();
        String inline = null;
        boolean help = false, helpInternal = false;
        List<String> list = Arrays.asList(argv);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (!rest.isEmpty()) { rest.add(a); continue; }
            if (a.equals("-e") || a.equals("--eval")) {
                if (i + 1 >= list.size()) { err.println("piste: -e needs an argument"); return 2; }
                inline = list.get(++i);
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) { help = true; continue; }
            if (a.equals("--help-internal")) { help = helpInternal = true; continue; }
            if (a.startsWith("--")) {
                try {
                    if (!options.parse(a)) { err.println("piste: unknown flag " + a + " (see --help)"); return 2; }
                } catch (IllegalArgumentException e) {
                    err.println("piste: " + e.getMessage());
                    return 2;
                }
                continue;
            }
            rest.add(a);
        }
        if (help) {
            out.print(USAGE + Options.help(helpInternal));
            return 0;
        }
        String source, name;
        if (inline != null) {
            source = inline;
            name = "[eval]";
        } else {
            if (rest.isEmpty()) { err.print(USAGE + Options.help(false)); return 2; }
            Path file = Path.of(rest.get(0));
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("piste: cannot read " + file + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
                return 2;
            } catch (RuntimeException e) {
                err.println("piste: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            name = file.toString();
        }
        Context context;
        try {
            context = Context.create(options, out, err);
        } catch (IllegalArgumentException e) {
            // An option value only the engine can judge (a tier policy, a pass name).
            err.println("piste: " + e.getMessage());
            return 2;
        }
        try {
            context.eval(source, name);
            context.runEventLoop();
            return 0;
        } catch (JsError e) {
            out.flush();
            if (e.isSyntaxError() || e.line > 0) {
                printSourceExcerpt(err, source, e);
                err.println(e.display);
            } else {
                err.println((e.inPromise ? "Uncaught (in promise) " : "Uncaught ") + e.display);
            }
            return 1;
        } finally {
            out.flush();
            if (options.flag(Options.JIT_STATS) && context.jitStats() != null) err.println(context.jitStats());
        }
    }

    /** Prints "file:line:column", the source line and a caret under the column, as node does. */
    static void printSourceExcerpt(PrintStream err, String source, JsError e) {
        err.println(e.sourceName + ":" + e.line + ":" + e.column);
        String[] lines = source.split("\r\n|\r|\n|\u2028|\u2029", -1);
        if (e.line >= 1 && e.line <= lines.length) {
            String line = lines[e.line - 1];
            if (line.length() > 200) line = line.substring(0, 200);
            err.println(line);
            StringBuilder caret = new StringBuilder();
            for (int i = 0; i < e.column - 1 && i < line.length(); i++) caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
            err.println(caret.append('^'));
        }
        err.println();
    }
}
