package org.passerelle.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values in the columns of pasted tables whose header says what they hold: CSV, semicolon,
 * tab and Markdown tables, and SQL {@code INSERT ... (columns) VALUES (...)} tuples. A column
 * named {@code nom}, {@code ddn}, {@code ipp}, {@code tel}... labels every value under it.
 */
final class TableColumnRecognizer implements Recognizer {

    private static final Map<String, Label> COLUMNS = ColumnNames.LABELS;
    static final String ID = "table-column";
    private static final Explanation COLUMN = new Explanation(ID, "column-header");
    /** A name in a patient column ("ward,patient,condition / Ward 3,Doris Mayhew,pneumonia"): a particular patient's. */
    static final Explanation NAMED_PATIENT = new Explanation(ID, "name-in-a-patient-column");
    private static final java.util.Set<String> DATE_COLUMNS = java.util.Set.of("onset", "outcome_date", "visit",
            "visite", "admission", "sortie", "entree", "entrée", "deces", "décès", "death", "diagnostic", "diagnosis",
            "inclusion", "prelevement", "prélèvement", "collection", "collection_date", "dx");

    /**
     * A first column named only {@code id} (or {@code identifiant}, {@code numero}) holds patient
     * codes when another column describes a person ({@code sexe}, {@code age}, {@code diag}):
     * "id;sexe;age;diag / P001;F;54;C50". Its values of three characters or more only: a toy
     * table's 1, 2, 3 are row numbers. Such a name marks a header only as a line's first word.
     */
    private static final java.util.Set<String> ID_COLUMNS = java.util.Set.of("id", "identifiant", "numero", "numéro");
    private static final String[] ID_WORDS = ID_COLUMNS.toArray(String[]::new);
    /**
     * A first column named for the patient holds their codes too ("Patient;Âge;Sexe / CH-114;71;H"),
     * those with a digit: a name in it is left to the name recognizers.
     */
    private static final java.util.Set<String> PATIENT_COLUMNS = java.util.Set.of("patient", "patiente", "patients", "pt");

    /**
     * The words of three letters or more in the column names about a person ({@code patient} of
     * {@code id_patient}, {@code naissance} of {@code date_de_naissance}; a name of one shorter
     * word, {@code cp}, itself): a header names at least one such column, so only the lines holding
     * one of these words (or an id column's name) are looked at. Short words ("n" of
     * {@code n_sejour}, "de") would bring most lines of a text.
     */
    private static final Vocabulary COLUMN_WORDS = Vocabulary.of(java.util.stream.Stream.concat(COLUMNS.keySet().stream()
            .flatMap(TableColumnRecognizer::markingWords), ID_COLUMNS.stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet()));

    private static java.util.stream.Stream<String> markingWords(String columnName) {
        String[] words = columnName.split("[_ -]");
        return words.length == 1 ? java.util.stream.Stream.of(words)
                : java.util.Arrays.stream(words).filter(word -> word.length() >= 3);
    }

    static {
        for (String name : COLUMNS.keySet()) {
            if (java.util.Arrays.stream(name.split("[_ -]")).noneMatch(COLUMN_WORDS::contains)) {
                throw new IllegalStateException("no word of the column name " + name + " marks a header");
            }
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Label> labels() {
        return List.of(Label.PATIENT_ID, Label.STAY_ID, Label.LAST_NAME, Label.FIRST_NAME, Label.BIRTH_DATE, Label.DATE,
                Label.PHONE, Label.EMAIL, Label.NIR, Label.ZIP, Label.CITY, Label.ADDRESS);
    }

    @Override
    public void recognize(Document document, List<Finding> out) {
        // Only a line holding a column word may be a header: such lines are found from where those
        // words stand, and each line is looked at once, the rows of a table read consumed with it.
        String text = document.text();
        int next = 0;
        // The line around each candidate, from the tokens that start lines (walked forward once)
        // rather than by searching the text back and forth along long lines.
        int[] candidates = document.positions(COLUMN_WORDS, COLUMN_WORDS.words());
        if (candidates.length == 0) {
            return; // most prompts: no column name anywhere
        }
        int[] lineStarts = document.lineStarts();
        int line = 0;
        int[] idWords = new int[ID_WORDS.length];
        int idWordCount = 0;
        for (String name : ID_WORDS) {
            int id = document.wordId(name);
            if (id >= 0) {
                idWords[idWordCount++] = id;
            }
        }
        for (int token : candidates) {
            int at = document.start(token);
            if (at < next) {
                continue;
            }
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= token) {
                line++;
            }
            if (idWordCount > 0 && !(token == lineStarts[line] || token == lineStarts[line] + 1 && document.isSymbol(token - 1))
                    && idWord(document, token, idWords, idWordCount)) {
                continue; // "id" inside a line, not heading a table ("id", or '"id"' quoted, first)
            }
            int lineStart = lineStart(document, lineStarts[line], at);
            int newline = lineEnd(document, line + 1 < lineStarts.length ? lineStarts[line + 1] : document.tokenCount(), at);
            next = Math.max(newline + 1, table(document, new int[] {lineStart, contentEnd(document, lineStart, newline)}, out));
        }
    }

    /** An id column's name (among the document's words {@code idWords}), which marks a header only as a line's first word. */
    private static boolean idWord(Document document, int token, int[] idWords, int count) {
        int id = document.wordId(token);
        for (int i = 0; i < count; i++) {
            if (id == idWords[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the line holding {@code at}, whose first token is {@code first}, starts: after the
     * '\n' in the blanks before that token (a lone '\r' also breaks lines between tokens: then
     * the text is searched).
     */
    private static int lineStart(Document document, int first, int at) {
        for (int i = document.start(first) - 1, stop = first > 0 ? document.end(first - 1) : 0; i >= stop; i--) {
            if (document.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return document.text().lastIndexOf('\n', at - 1) + 1;
    }

    /**
     * Where the line holding {@code at} ends, the next line's first token being {@code next} (the
     * token count after the last line): its '\n', in the blanks before that token, or the end of
     * the text.
     */
    private static int lineEnd(Document document, int next, int at) {
        int from = document.end(next - 1);
        int to = next < document.tokenCount() ? document.start(next) : document.length();
        for (int i = from; i < to; i++) {
            if (document.charAt(i) == '\n') {
                return i;
            }
        }
        return next < document.tokenCount() ? newline(document.text(), at) : document.length();
    }

    /** Where the line holding {@code at} ends: its line break, or the end of the text. */
    private static int newline(String text, int at) {
        int i = text.indexOf('\n', at); // the JDK's vectorised search
        return i < 0 ? text.length() : i;
    }

    /** The end of a line's content, before a {@code \r\n}. */
    private static int contentEnd(Document document, int start, int newline) {
        return newline > start && document.charAt(newline - 1) == '\r' ? newline - 1 : newline;
    }

    /**
     * Reads a table whose header would be {@code line}; returns where the first line after its
     * rows starts (the next header may stand there), or -1 when the line is no header.
     */
    private static int table(Document document, int[] line, List<Finding> out) {
        String text = document.text();
        if (line[1] - line[0] < 5 || !mayBeHeader(document, line[0], line[1])) {
            return -1;
        }
        String content = text.substring(line[0], line[1]);
        int sql = document.lowerIndexOf("values", line[0], line[1]);
        sql = sql < 0 ? -1 : sql - line[0];
        char delimiter = sql >= 0 ? ',' : delimiter(content);
        boolean rightAligned = delimiter == 0 && rightAlignedHeader(content);
        if (delimiter == 0 && !rightAligned) {
            return -1;
        }
        if (sql < 0 && inACodebook(text, line[0], delimiter)) {
            return -1;
        }
        List<int[]> headerCells = sql >= 0 ? sqlColumns(text, line[0], line[0] + sql)
                : rightAligned ? words(text, line[0], line[1]) : cells(text, line[0], line[1], delimiter);
        if (headerCells.stream().anyMatch(cell -> cell[1] - cell[0] > 40)) {
            return -1; // a sentence with commas, not a header of short column names
        }
        Label[] labels = new Label[headerCells.size()];
        int known = 0;
        boolean personColumn = false;
        String first = ""; // the first column's name (a line with no cell has none)
        for (int c = 0; c < headerCells.size(); c++) {
            String name = normalise(text.substring(headerCells.get(c)[0], headerCells.get(c)[1]));
            first = c == 0 ? name : first;
            labels[c] = ColumnNames.label(name);
            if (labels[c] == null && (name.startsWith("date") || name.endsWith("_date") || name.endsWith("dtc")
                    || DATE_COLUMNS.contains(name))) {
                labels[c] = Label.DATE;
            }
            if (labels[c] != null) {
                known++;
                personColumn |= labels[c] != Label.DATE;
            }
        }
        boolean codesFirst = false;
        boolean patientColumn = PATIENT_COLUMNS.contains(first);
        if (!personColumn && headerCells.size() >= 2 && labels[0] == null && (ID_COLUMNS.contains(first) || patientColumn)
                && headerCells.stream().anyMatch(cell -> ColumnNames.PERSON_ATTRIBUTES.contains(normalise(text.substring(cell[0], cell[1]))))) {
            labels[0] = Label.PATIENT_ID;
            known++;
            personColumn = true;
            codesFirst = true;
        }
        if (known == 0 || !personColumn || headerCells.size() < 2) {
            return -1;
        }
        int rowStart = line[1] < text.length() ? newline(text, line[1]) + 1 : text.length() + 1;
        for (; rowStart <= text.length(); rowStart = newline(text, rowStart) + 1) {
            int[] rowLine = {rowStart, contentEnd(document, rowStart, newline(text, rowStart))};
            if (rowLine[1] - rowLine[0] == 0 || text.substring(rowLine[0], rowLine[1]).isBlank()) {
                break;
            }
            String rowText = text.substring(rowLine[0], rowLine[1]);
            if (rowText.startsWith("|---") || rowText.startsWith("|:--") || rowText.startsWith("---")) {
                continue;
            }
            if (sql >= 0 && document.lowerIndexOf("values", rowLine[0], rowLine[1]) >= 0) {
                break; // the next INSERT: a table of its own
            }
            List<int[]> rowCells = sql >= 0 ? sqlValues(text, rowLine[0], rowLine[1])
                    : rightAligned ? alignedTo(text, rowLine, headerCells, line[0]) : cells(text, rowLine[0], rowLine[1], delimiter);
            if (rightAligned && rowCells.stream().anyMatch(cell -> cell[1] == cell[0])) {
                break; // the table's end: R prints every cell (NA when missing), what follows is not under its names
            }
            if (delimiter == ' ' && rowCells.size() == headerCells.size() + 1) {
                rowCells = rowCells.subList(1, rowCells.size()); // a pandas index column
            }
            if (rowCells.size() != headerCells.size()) {
                if (sql >= 0 && rowCells.isEmpty()) {
                    break;
                }
                continue;
            }
            for (int c = 0; c < rowCells.size(); c++) {
                int[] cell = rowCells.get(c);
                if (labels[c] == null && isoDate(text, cell)) {
                    out.add(new Finding(Label.DATE, cell[0], cell[1], 0.8, COLUMN)); // a date in a table about people
                    continue;
                }
                // a patient column that holds names: "ward,patient,condition / Ward 3,Doris Mayhew,pneumonia"
                int named = labels[c] == Label.PATIENT_ID && !fits(text, cell, labels[c]) ? namedPatient(document, cell) : -1;
                if (named > 0) {
                    givenAndFamily(out, cell, named, NAMED_PATIENT);
                    continue;
                }
                if (labels[c] != null && cell[1] > cell[0] && meaningful(text, cell) && fits(text, cell, labels[c])
                        && !(c == 0 && codesFirst && (cell[1] - cell[0] < 3 || patientColumn && digits(text, cell) == 0))) {
                    // read within the cell: an unbounded search would read on to the text's end for every cell
                    int comma = labels[c] == Label.LAST_NAME ? document.lowerIndexOf(", ", cell[0], cell[1]) : -1;
                    int space = labels[c] == Label.LAST_NAME && comma < 0 ? givenThenFamily(document, cell) : -1;
                    if (comma > cell[0] && comma + 2 < cell[1]) {
                        // "Watson, Peter" in a name column: the family name, then the given one
                        out.add(new Finding(Label.LAST_NAME, cell[0], comma, 0.88, COLUMN));
                        out.add(new Finding(Label.FIRST_NAME, comma + 2, cell[1], 0.88, COLUMN));
                    } else if (space > 0) {
                        givenAndFamily(out, cell, space, COLUMN);
                    } else {
                        out.add(new Finding(labels[c], cell[0], cell[1], 0.88, COLUMN));
                    }
                }
            }
        }
        return rowStart;
    }

    /** A cell's given name before its {@code space}, and its family name after. */
    private static void givenAndFamily(List<Finding> out, int[] cell, int space, Explanation explanation) {
        out.add(new Finding(Label.FIRST_NAME, cell[0], space, 0.88, explanation));
        out.add(new Finding(Label.LAST_NAME, space + 1, cell[1], 0.88, explanation));
    }

    /**
     * Where a name column's value splits into a given name and a family name, in that order: "Olga
     * Petrenko", "Jean-Paul MARTIN" (a family name in capitals last); -1 for one word, more than
     * two, or the family name first ("DUPONT Marie", "Martin Claire": a known given name last),
     * which the column's one family-name finding covers.
     */
    private static int givenThenFamily(Document document, int[] cell) {
        int space = -1;
        for (int i = cell[0]; i < cell[1]; i++) {
            char c = document.text().charAt(i);
            if (c == ' ') {
                if (space >= 0) {
                    return -1;
                }
                space = i;
            } else if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return -1;
            }
        }
        if (space <= cell[0] || space + 1 >= cell[1]) {
            return -1;
        }
        int first = document.tokenAt(cell[0]);
        int second = document.tokenAt(space + 1);
        if (!document.startsUpper(first) || !document.startsUpper(second)) {
            return -1;
        }
        boolean firstInCapitals = document.isUpperCase(first) && document.tokenLength(first) > 1;
        boolean secondInCapitals = document.isUpperCase(second) && document.tokenLength(second) > 1;
        if (firstInCapitals != secondInCapitals) {
            return secondInCapitals ? space : -1;
        }
        return document.tokenIn(second, PersonNameRecognizer.FIRST_NAMES) ? -1 : space;
    }

    /**
     * Where a patient column's value splits into a known given name and a family name ({@link
     * #givenThenFamily}): "Doris Mayhew"; -1 otherwise ("Control Group", "Bras A").
     */
    private static int namedPatient(Document document, int[] cell) {
        int space = givenThenFamily(document, cell);
        return space > 0 && document.tokenIn(document.tokenAt(cell[0]), PersonNameRecognizer.FIRST_NAMES) ? space : -1;
    }

    private static boolean isoDate(String text, int[] cell) {
        int length = cell[1] - cell[0];
        if (length != 10 && length != 7) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(cell[0] + i);
            boolean dash = i == 4 || i == 7;
            if (dash ? c != '-' : !Character.isDigit(c)) {
                return false;
            }
        }
        return text.charAt(cell[0]) == '1' || text.charAt(cell[0]) == '2';
    }

    /** A date column's value has the digits of a date (a visit column also holds "V3", "J28"). */
    private static boolean fits(String text, int[] cell, Label label) {
        if (label == Label.PATIENT_ID || label == Label.STAY_ID) {
            // a code, not words: "CH 114" but not "La BPCO en 2025" nor "Insuffisance cardiaque" under a
            // talk's "Sujet"
            int spaces = 0;
            for (int i = cell[0]; i < cell[1]; i++) {
                spaces += text.charAt(i) == ' ' ? 1 : 0;
            }
            int digits = digits(text, cell);
            // or digits in groups, as an NHS number is printed: "485 330 1187"
            return spaces == 0 || spaces == 1 && digits > 0 || digits + spaces == cell[1] - cell[0];
        }
        if (label != Label.DATE && label != Label.BIRTH_DATE) {
            return true;
        }
        return digits(text, cell) >= 4;
    }

    private static int digits(String text, int[] cell) {
        int digits = 0;
        for (int i = cell[0]; i < cell[1]; i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }

    private static boolean meaningful(String text, int[] cell) {
        String value = text.substring(cell[0], cell[1]);
        return !(value.equals("-") || value.equals("–") || value.equalsIgnoreCase("na") || value.equalsIgnoreCase("null")
                || value.equalsIgnoreCase("nan") || value.equals("?"));
    }

    /**
     * The first column's names of a codebook, a table whose rows describe the columns of another:
     * "Variable | Type | Description", "Champ;Format;Définition".
     */
    private static final java.util.Set<String> CODEBOOK_HEADS = java.util.Set.of("variable", "variables", "var",
            "variable_name", "nom_de_la_variable", "nom_variable", "field", "field_name", "champ", "column", "colonne",
            "column_name");
    /** How many lines above a row of a codebook its header is looked for ("Variable | Type", then "|---|---|"). */
    private static final int CODEBOOK_REACH = 12;

    /**
     * Whether the line from {@code start} is a row of a codebook: a line above it, in the lines
     * with the same delimiter right before it, is headed by a codebook's first column ({@link
     * #CODEBOOK_HEADS}). Its first cell names a column ("dob | date | date of birth"), it heads none.
     */
    private static boolean inACodebook(String text, int start, char delimiter) {
        int end = start - 1; // the '\n' ending the line above
        for (int above = 0; above < CODEBOOK_REACH && end > 0; above++) {
            int from = text.lastIndexOf('\n', end - 1) + 1;
            String line = text.substring(from, end).strip();
            if (line.isEmpty() || delimiter != 0 && line.indexOf(delimiter) < 0) {
                return false;
            }
            String cell = delimiter == 0 ? line : line.substring(0, line.indexOf(delimiter));
            if (cell.isEmpty() && delimiter == '|') {
                int second = line.indexOf('|', 1);
                cell = second < 0 ? line.substring(1) : line.substring(1, second); // "| Variable | Type |"
            }
            if (CODEBOOK_HEADS.contains(normalise(cell))) {
                return true;
            }
            end = from - 1;
        }
        return false;
    }

    private static String normalise(String header) {
        // one pass: quotes dropped, spaces joined by '_', lower case
        String stripped = header.strip();
        StringBuilder name = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '"' && c != '\'' && c != '`') {
                name.append(c == ' ' ? '_' : c);
            }
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * A cheap first look, one pass over the line: a header has at least two separators (delimiters
     * or runs of two spaces) and no stretch between separators longer than a column name could be,
     * or it is a SQL {@code INSERT ... VALUES}.
     */
    private static boolean mayBeHeader(Document document, int from, int to) {
        if (document.charAt(from) == ' ' && namesOnly(document, from, to)) {
            return true; // a data frame's header as R prints it, indented by the width of its row names
        }
        if (document.lowerIndexOf("values", from, to) >= 0) {
            return true; // SQL INSERT ... VALUES (where "values" stands is listed once for the whole text)
        }
        int separators = 0;
        int segment = 0;
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (c == ';' || c == '|' || c == ',' || c == '\t' || (c == ' ' && i + 1 < to && document.charAt(i + 1) == ' ')) {
                separators++;
                segment = 0;
            } else if (++segment > SURELY_NOT_A_COLUMN) {
                return false; // prose
            }
        }
        return separators >= 2;
    }

    /** Whether a line holds only names R would print (ASCII letters, digits, '_' and '.') and spaces, two spaces at least. */
    private static boolean namesOnly(Document document, int from, int to) {
        int spaces = 0;
        for (int i = from; i < to; i++) {
            char c = document.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.'))) {
                return false;
            }
        }
        return spaces >= 2 && to - from <= 400;
    }

    /**
     * A stretch between separators this long makes a cell longer than a column name (40) whatever
     * the delimiter, once trimmed: the line is prose, looked at no further.
     */
    private static final int SURELY_NOT_A_COLUMN = 60;

    /** Columns of a line whose cells are separated by tabs or runs of two spaces or more. */
    private static int alignedColumns(String line) {
        return alignedCells(line, 0, line.length()).size();
    }

    private static char delimiter(String line) {
        int tabs = 0;
        int semicolons = 0;
        int bars = 0;
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            switch (line.charAt(i)) {
                case '\t' -> tabs++;
                case ';' -> semicolons++;
                case '|' -> bars++;
                case ',' -> commas++;
                default -> {
                }
            }
        }
        if (semicolons == 0 && bars == 0 && alignedColumns(line) >= 3) {
            return ' '; // columns aligned with runs of spaces (pandas, fixed-width listings)
        }
        return tabs >= 2 ? '\t' : semicolons >= 2 ? ';' : bars >= 2 ? '|' : commas >= 2 ? ',' : 0;
    }

    /** Cells of a delimited line, trimmed of spaces and quotes; a leading/trailing pipe makes no cell. */
    private static List<int[]> cells(String text, int from, int to, char delimiter) {
        if (delimiter == ' ') {
            return alignedCells(text, from, to);
        }
        List<int[]> cells = new ArrayList<>();
        int start = from;
        boolean quoted = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : delimiter;
            if (c == '"') {
                quoted = !quoted;
            }
            if ((c == delimiter && !quoted) || i == to) {
                cells.add(trim(text, start, i));
                start = i + 1;
            }
        }
        if (delimiter == '|') {
            if (!cells.isEmpty() && cells.getFirst()[0] == cells.getFirst()[1]) {
                cells.removeFirst();
            }
            if (!cells.isEmpty() && cells.getLast()[0] == cells.getLast()[1]) {
                cells.removeLast();
            }
        }
        return cells;
    }

    /**
     * Whether a line is the header of a data frame as R prints it: three names or more, one space
     * apart, each a name R would print (letters, digits, dots, underscores), the columns below
     * right-aligned under them ({@code "  subject_id age sex time status"}).
     */
    private static boolean rightAlignedHeader(String line) {
        List<int[]> names = words(line, 0, line.length());
        if (names.size() < 3) {
            return false;
        }
        for (int[] name : names) {
            for (int i = name[0]; i < name[1]; i++) {
                char c = line.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.'))) {
                    return false;
                }
            }
            if (Character.isDigit(line.charAt(name[0]))) {
                return false;
            }
        }
        return true;
    }

    /** The runs of characters other than spaces and tabs of a line. */
    private static List<int[]> words(String text, int from, int to) {
        return runs(text, from, to, " \t");
    }

    /** The runs of characters other than {@code separators} between {@code from} and {@code to}, as start and end. */
    static List<int[]> runs(String text, int from, int to, String separators) {
        List<int[]> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && separators.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            int start = i;
            while (i < to && separators.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            if (i > start) {
                runs.add(new int[] {start, i});
            }
        }
        return runs;
    }

    /**
     * A row's cells under a right-aligned header starting at {@code headerStart}: each column's
     * value ends in the same column as its name and starts after the previous name's column
     * ("colorectal adenocarcinoma" under "diagnosis"; under the first name, the last word only: the row
     * names stand before it); a value that does not end there is no cell
     * (an empty span).
     */
    private static List<int[]> alignedTo(String text, int[] row, List<int[]> names, int headerStart) {
        List<int[]> cells = new ArrayList<>(names.size());
        int previousEnd = -1;
        for (int[] name : names) {
            int end = row[0] + (name[1] - headerStart);
            int from = row[0] + previousEnd;
            if (previousEnd < 0) {
                // the first column: its last word only, the row's name stands before it ("1   CRC-0012")
                from = Math.min(end, row[1]);
                while (from > row[0] && text.charAt(from - 1) != ' ') {
                    from--;
                }
            }
            previousEnd = name[1] - headerStart;
            boolean ends = end <= row[1] && end > from && text.charAt(end - 1) != ' '
                    && (end == row[1] || text.charAt(end) == ' ');
            cells.add(ends ? trim(text, from, end) : new int[] {Math.min(from, row[1]), Math.min(from, row[1])});
        }
        return cells;
    }

    /** Cells separated by two spaces or more (one space stays inside a cell: "pulmonary embolism"). */
    static List<int[]> alignedCells(String text, int from, int to) {
        List<int[]> cells = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && text.charAt(i) != '\t' && !(text.charAt(i) == ' ' && i + 1 < to && text.charAt(i + 1) == ' ')) {
                i++;
            }
            cells.add(trim(text, start, i));
        }
        return cells;
    }

    private static List<int[]> sqlColumns(String text, int from, int valuesAt) {
        int open = text.lastIndexOf('(', valuesAt);
        int close = text.lastIndexOf(')', valuesAt);
        if (open < from || close < open) {
            return List.of();
        }
        return cells(text, open + 1, close, ',');
    }

    private static List<int[]> sqlValues(String text, int from, int to) {
        int open = text.indexOf('(', from);
        if (open < 0 || open >= to) {
            return List.of();
        }
        List<int[]> cells = new ArrayList<>();
        int i = open + 1;
        while (i < to) {
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= to || text.charAt(i) == ')') {
                break;
            }
            if (text.charAt(i) == '\'') {
                int end = text.indexOf('\'', i + 1);
                if (end < 0 || end > to) {
                    break;
                }
                cells.add(new int[] {i + 1, end});
                i = end + 1;
            } else {
                int end = i;
                while (end < to && text.charAt(end) != ',' && text.charAt(end) != ')') {
                    end++;
                }
                cells.add(trim(text, i, end));
                i = end;
            }
        }
        return cells;
    }

    private static int[] trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '"' || text.charAt(s) == '\'')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '"' || text.charAt(e - 1) == '\'')) {
            e--;
        }
        return new int[] {s, e};
    }
}
