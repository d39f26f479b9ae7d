package org.passerelle.cli;

import org.passerelle.PasserelleException;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes), with the separator guessed from the header line: semicolon (French spreadsheets),
 * comma or tab.
 */
final class Csv {

    record Table(char separator, List<String> header, List<String[]> rows) {
    }

    private Csv() {
    }

    static Table parse(String text, String name) {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = count(firstLine, ';') >= Math.max(1, count(firstLine, ',')) ? ';'
                : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields.toArray(String[]::new));
                fields.clear();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-csv", name + ": a quoted field is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields.toArray(String[]::new));
        }
        if (records.isEmpty()) {
            throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "empty-csv", name + ": no header line");
        }
        return new Table(separator, List.of(records.get(0)), new ArrayList<>(records.subList(1, records.size())));
    }

    static String write(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.header().toArray(String[]::new), table.separator());
        for (String[] row : table.rows()) {
            line(out, row, table.separator());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] fields, char separator) {
        for (int i = 0; i < fields.length; i++) {
            String value = fields[i] == null ? "" : fields[i];
            if (i > 0) {
                out.append(separator);
            }
            if (value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append('\n');
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }
}
