package dev.piste.runtime.builtins;

import dev.piste.runtime.objects.JsObject;
import dev.piste.runtime.objects.PropertyDescriptor;
import dev.piste.runtime.realm.Realm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** console.table: rows are the data's own enumerable keys, columns the keys of the row values. */
final class ConsoleTable {
    private ConsoleTable() {}

    static String render(Realm realm, JsObject data) {
        List<String> rowKeys = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        boolean hasValues = false;
        for (Object k : data.ownKeys()) {
            if (!(k instanceof String key)) continue;
            PropertyDescriptor d = data.getOwnProperty(key);
            if (d == null || !d.enumerable) continue;
            Object v = data.get(key, data);
            Map<String, String> cells = new LinkedHashMap<>();
            if (v instanceof JsObject row && !row.isCallable()) {
                for (Object ck : row.ownKeys()) {
                    if (!(ck instanceof String c)) continue;
                    PropertyDescriptor cd = row.getOwnProperty(c);
                    if (cd == null || !cd.enumerable) continue;
                    if (!columns.contains(c)) columns.add(c);
                    cells.put(c, cell(realm, row.get(c, row)));
                }
            } else {
                hasValues = true;
                cells.put("Values", cell(realm, v));
            }
            rowKeys.add(key);
            rows.add(cells);
        }
        List<String> headers = new ArrayList<>();
        headers.add("(index)");
        headers.addAll(columns);
        if (hasValues) headers.add("Values");
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) widths[c] = headers.get(c).length();
        for (int r = 0; r < rows.size(); r++) {
            widths[0] = Math.max(widths[0], rowKeys.get(r).length());
            for (int c = 1; c < headers.size(); c++) widths[c] = Math.max(widths[c], rows.get(r).getOrDefault(headers.get(c), "").length());
        }
        StringBuilder sb = new StringBuilder();
        line(sb, widths, '┌', '┬', '┐');
        row(sb, widths, headers);
        line(sb, widths, '├', '┼', '┤');
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            cells.add(rowKeys.get(r));
            for (int c = 1; c < headers.size(); c++) cells.add(rows.get(r).getOrDefault(headers.get(c), ""));
            row(sb, widths, cells);
        }
        line(sb, widths, '└', '┴', '┘');
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String cell(Realm realm, Object v) { return Inspector.inspectNested(realm, v, 0).replace("\n", " "); }

    private static void line(StringBuilder sb, int[] widths, char left, char mid, char right) {
        sb.append(left);
        for (int c = 0; c < widths.length; c++) {
            sb.append("─".repeat(widths[c] + 2)).append(c == widths.length - 1 ? right : mid);
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, int[] widths, List<String> cells) {
        sb.append('│');
        for (int c = 0; c < widths.length; c++) {
            String s = cells.get(c);
            sb.append(' ').append(s).append(" ".repeat(widths[c] - s.length())).append(" │");
        }
        sb.append('\n');
    }
}
