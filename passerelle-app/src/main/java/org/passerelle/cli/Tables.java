package org.passerelle.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.passerelle.PasserelleException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tables from files: CSV (through {@link Csv}) or XLSX (the first sheet, cells as Excel shows
 * them), read and written by their extension. Formulas are read as their cached values; a sheet is
 * written as text cells.
 */
final class Tables {

    private Tables() {
    }

    static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    static boolean isXlsx(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    static Csv.Table read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw invalid("no-such-input", file + ": no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls") || name.endsWith(".ods")) {
            throw invalid("spreadsheet-not-supported", file + ": save it as XLSX or CSV first");
        }
        if (!isXlsx(file)) {
            return Csv.parse(text(file), file.toString());
        }
        try (InputStream input = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(input)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw invalid("empty-table", file + ": no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String[]> records = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : formatter.formatCellValue(cell, evaluator).strip();
                }
                width = Math.max(width, cells.length);
                records.add(cells);
            }
            if (records.isEmpty()) {
                throw invalid("empty-table", file + ": the first sheet is empty");
            }
            List<String> header = List.of(java.util.Arrays.copyOf(records.get(0), width)).stream()
                    .map(h -> h == null ? "" : h).toList();
            List<String[]> rows = new ArrayList<>();
            for (String[] record : records.subList(1, records.size())) {
                String[] padded = java.util.Arrays.copyOf(record, width);
                for (int c = 0; c < width; c++) {
                    padded[c] = padded[c] == null ? "" : padded[c];
                }
                rows.add(padded);
            }
            return new Csv.Table(',', header, rows);
        } catch (PasserelleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid("unreadable-spreadsheet", file + ": not a readable XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
    }

    static void write(Path file, Csv.Table table) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!isXlsx(file)) {
            Files.writeString(file, Csv.write(table), StandardCharsets.UTF_8);
            return;
        }
        try (Workbook workbook = new XSSFWorkbook(); OutputStream output = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("data");
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(table.header().get(c));
            }
            int r = 1;
            for (String[] values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            workbook.write(output);
        }
    }

    static String text(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("not-text", file + ": not UTF-8 text (convert it, or extract its text with scan first)");
        }
    }

    private static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
