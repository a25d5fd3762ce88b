package io.idem.affinity.input;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.TransactionDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pairs format: a CSV header, then one account and one product per row. Accounts keep the order of their first
 * row. A row with an empty product still counts its account, as a basket with no products.
 */
final class PairFile {

    private static final Logger LOG = LoggerFactory.getLogger(PairFile.class);

    private PairFile() {
    }

    static TransactionDatabase read(Path file, DelimitedRecordReader records, String accountColumn,
            String productColumn) throws IOException {
        DelimitedRecord header = readHeader(file, records);
        int accountIndex = requireColumn(file, header, accountColumn, "--account-column");
        int productIndex = requireColumn(file, header, productColumn, "--product-column");
        int neededFields = Math.max(accountIndex, productIndex) + 1;

        Map<String, TreeSet<String>> products = new LinkedHashMap<>();
        int rows = 0;
        int duplicatePairs = 0;
        int rowsWithoutProduct = 0;
        for (Optional<DelimitedRecord> next = records.next(); next.isPresent(); next = records.next()) {
            DelimitedRecord row = next.get();
            if (row.isBlank()) {
                continue;
            }
            if (row.fields().size() < neededFields) {
                throw new InputFileException(file, row.line(), "row has " + row.fields().size()
                        + " columns but the header has " + header.fields().size(), String.join(",", row.fields()),
                        "give every row the header's columns, quoting values that contain commas");
            }
            rows++;

            String account = row.fields().get(accountIndex).strip();
            if (account.isEmpty()) {
                throw new InputFileException(file, row.line(), "column '" + accountColumn + "' is empty",
                        String.join(",", row.fields()), "give every row an account id");
            }
            TreeSet<String> owned = products.computeIfAbsent(account, key -> new TreeSet<>());
            String product = row.fields().get(productIndex).strip();
            if (product.isEmpty()) {
                rowsWithoutProduct++;
            } else if (!owned.add(ItemNames.check(file, row.line(), product))) {
                duplicatePairs++;
            }
        }

        if (products.isEmpty()) {
            throw new InputFileException(file, header.line(), "file has a header but no rows",
                    String.join(",", header.fields()), "add one row per account and product below the header");
        }
        LOG.info("Read {} rows for {} accounts from {}: {} duplicate account-product pairs ignored, "
                + "{} rows without a product", rows, products.size(), file, duplicatePairs, rowsWithoutProduct);
        List<Basket> baskets = new ArrayList<>(products.size());
        products.forEach((account, owned) -> baskets.add(new Basket(account, owned)));
        return new TransactionDatabase(baskets);
    }

    /** Returns the index of {@code column} in {@code header}, ignoring case and surrounding blanks, or -1. */
    static int columnIndex(DelimitedRecord header, String column) {
        for (int i = 0; i < header.fields().size(); i++) {
            if (header.fields().get(i).strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        return -1;
    }

    private static DelimitedRecord readHeader(Path file, DelimitedRecordReader records) throws IOException {
        int blankLines = 0;
        for (Optional<DelimitedRecord> next = records.next(); next.isPresent(); next = records.next()) {
            if (!next.get().isBlank()) {
                return next.get();
            }
            blankLines++;
        }
        String problem = blankLines == 0 ? "file is empty" : "file has only blank lines";
        throw new InputFileException(file, 0, problem, blankLines + " lines",
                "start the file with a header such as 'account_id,product', then one row per pair");
    }

    private static int requireColumn(Path file, DelimitedRecord header, String column, String option) {
        int index = columnIndex(header, column);
        if (index < 0) {
            throw new InputFileException(file, header.line(), "header has no column '" + column + "'",
                    String.join(",", header.fields()),
                    "rename the column in the header, or name it with " + option);
        }
        return index;
    }
}
