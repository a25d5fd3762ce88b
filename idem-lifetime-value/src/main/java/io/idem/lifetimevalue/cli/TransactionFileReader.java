package io.idem.lifetimevalue.cli;

import static java.util.Objects.requireNonNull;

import io.idem.lifetimevalue.noncontractual.Transaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads transactions (customer id, date, amount) from a CSV file with a header or from the CDNOW whitespace layout.
 *
 * <p>The layout is detected from the first line that is neither blank nor a '#' comment: a line with a comma is a
 * CSV header; a line of five space-separated fields whose third is eight digits is CDNOW data. The CDNOW customer
 * id is the first field, the master customer id. Amounts must be zero or more.
 */
public final class TransactionFileReader {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final int CDNOW_FIELDS = 5;
    private static final int CDNOW_CUSTOMER = 0;
    private static final int CDNOW_DATE = 2;
    private static final int CDNOW_AMOUNT = 4;
    private static final String[] CDNOW_NAMES = {"master customer id", "sample customer id", "date", "CDs", "amount"};

    private final Path file;
    private final DateTimeFormatter dateFormatter;
    private final String datePattern;

    private TransactionFileReader(Path file, String datePattern) {
        this.file = file;
        this.datePattern = datePattern;
        this.dateFormatter = DatePatterns.formatter(datePattern);
    }

    /**
     * Reads every transaction in {@code file}.
     *
     * @throws InputFormatException if the layout cannot be detected, a CSV column named in {@code columns} is
     *     missing, or a field cannot be parsed, naming the line, column and value
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if {@code columns} contains an invalid date pattern
     */
    public static TransactionFile read(Path file, TransactionColumns columns) throws IOException, InputFormatException {
        requireNonNull(file, "file is null");
        requireNonNull(columns, "columns is null");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }

        int first = firstContentLine(lines);
        if (first < 0) {
            throw new InputFormatException(file, 0, 0, null, null, "the file has no transactions",
                    "supply a CSV file with a customer_id,date,amount header or a CDNOW-style file");
        }
        TransactionFormat format = detect(file, lines.get(first), first + 1);
        String pattern = columns.datePatternOverride().orElse(format.defaultDatePattern());
        TransactionFileReader reader = new TransactionFileReader(file, pattern);
        List<Transaction> transactions = switch (format) {
            case CSV -> reader.readCsv(lines, first, columns);
            case CDNOW -> reader.readCdnow(lines, first);
        };
        if (transactions.isEmpty()) {
            throw new InputFormatException(file, first + 1, 0, null, null, "the file has a header but no rows",
                    "add one row per transaction below the header");
        }
        return new TransactionFile(format, transactions);
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private static TransactionFormat detect(Path file, String line, int lineNumber) throws InputFormatException {
        if (line.contains(",")) {
            return TransactionFormat.CSV;
        }
        String[] fields = WHITESPACE.split(line.strip());
        if (fields.length == CDNOW_FIELDS && EIGHT_DIGITS.matcher(fields[CDNOW_DATE]).matches()) {
            return TransactionFormat.CDNOW;
        }
        throw new InputFormatException(file, lineNumber, 0, null, line.strip(),
                "cannot detect the layout: the first line is neither a CSV header nor five space-separated CDNOW "
                        + "fields (customer id, sample id, yyyymmdd, CDs, amount)",
                "start a CSV file with the header customer_id,date,amount, or convert the file to one of the two");
    }

    private List<Transaction> readCsv(List<String> lines, int headerIndex, TransactionColumns columns)
            throws InputFormatException {
        List<String> header = CsvLine.split(file, headerIndex + 1, lines.get(headerIndex));
        int customer = columnIndex(header, columns.customer(), "--customer-column", headerIndex + 1);
        int date = columnIndex(header, columns.date(), "--date-column", headerIndex + 1);
        int amount = columnIndex(header, columns.amount(), "--amount-column", headerIndex + 1);

        List<Transaction> transactions = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            List<String> fields = CsvLine.split(file, lineNumber, lines.get(i));
            if (fields.size() != header.size()) {
                throw new InputFormatException(file, lineNumber, 0, null, lines.get(i), String.format(
                        "the row has %d fields but the header has %d", fields.size(), header.size()),
                        "quote fields that contain commas and give every row one field per header column");
            }
            transactions.add(transaction(
                    new Field(lineNumber, customer + 1, header.get(customer), fields.get(customer)),
                    new Field(lineNumber, date + 1, header.get(date), fields.get(date)),
                    new Field(lineNumber, amount + 1, header.get(amount), fields.get(amount))));
        }
        return transactions;
    }

    private List<Transaction> readCdnow(List<String> lines, int firstIndex) throws InputFormatException {
        List<Transaction> transactions = new ArrayList<>();
        for (int i = firstIndex; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            String[] fields = WHITESPACE.split(line);
            if (fields.length != CDNOW_FIELDS) {
                throw new InputFormatException(file, lineNumber, 0, null, line, String.format(
                        "the CDNOW layout has %d space-separated fields, this line has %d",
                        CDNOW_FIELDS, fields.length),
                        "give every line: customer id, sample id, yyyymmdd, CDs, amount");
            }
            transactions.add(transaction(
                    cdnowField(lineNumber, fields, CDNOW_CUSTOMER),
                    cdnowField(lineNumber, fields, CDNOW_DATE),
                    cdnowField(lineNumber, fields, CDNOW_AMOUNT)));
        }
        return transactions;
    }

    private static Field cdnowField(int line, String[] fields, int index) {
        return new Field(line, index + 1, CDNOW_NAMES[index], fields[index]);
    }

    /** One field of one line, located for error messages. */
    private record Field(int line, int column, String name, String text) {
    }

    private Transaction transaction(Field customer, Field date, Field amount) throws InputFormatException {
        String customerId = customer.text().strip();
        if (customerId.isEmpty()) {
            throw error(customer, "the customer id is empty", "give every transaction a customer id");
        }
        return new Transaction(customerId, parseDate(date), parseAmount(amount));
    }

    private LocalDate parseDate(Field field) throws InputFormatException {
        try {
            return LocalDate.parse(field.text().strip(), dateFormatter);
        } catch (DateTimeParseException e) {
            throw error(field, "not a date in the pattern " + datePattern,
                    "write dates as " + datePattern + " or set the pattern with --date-format");
        }
    }

    private double parseAmount(Field field) throws InputFormatException {
        double amount;
        try {
            amount = Double.parseDouble(field.text().strip());
        } catch (NumberFormatException e) {
            throw error(field, "not a number",
                    "write amounts as plain decimals such as 29.33, without currency symbols or thousands separators");
        }
        if (!(amount >= 0 && Double.isFinite(amount))) {
            throw error(field, "the amount is negative or not finite",
                    "remove refunds or net them against the purchase they reverse; the spend model needs amounts >= 0");
        }
        return amount;
    }

    private InputFormatException error(Field field, String problem, String fix) {
        return new InputFormatException(file, field.line(), field.column(), field.name(), field.text(), problem, fix);
    }

    private int columnIndex(List<String> header, String name, String option, int line) throws InputFormatException {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        throw new InputFormatException(file, line, 0, null, String.join(",", header),
                "the header has no column named '" + name + "'",
                "rename the header column or name it with " + option);
    }
}
