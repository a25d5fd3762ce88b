package io.idem.affinity.input;

import io.idem.affinity.mining.Basket;
import io.idem.affinity.mining.TransactionDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The baskets format: one basket per non-blank line, identified as "line N". */
final class BasketFile {

    private static final Logger LOG = LoggerFactory.getLogger(BasketFile.class);

    private BasketFile() {
    }

    static TransactionDatabase read(Path file, DelimitedRecordReader records) throws IOException {
        List<Basket> baskets = new ArrayList<>();
        int blankLines = 0;
        int emptyItems = 0;
        int duplicateItems = 0;

        for (Optional<DelimitedRecord> next = records.next(); next.isPresent(); next = records.next()) {
            DelimitedRecord record = next.get();
            if (record.isBlank()) {
                blankLines++;
                continue;
            }
            TreeSet<String> items = new TreeSet<>();
            for (String field : record.fields()) {
                String item = field.strip();
                if (item.isEmpty()) {
                    emptyItems++;
                } else if (!items.add(ItemNames.check(file, record.line(), item))) {
                    duplicateItems++;
                }
            }
            baskets.add(new Basket("line " + record.line(), items));
        }

        if (baskets.isEmpty()) {
            String problem = blankLines == 0 ? "file is empty" : "file has only blank lines";
            throw new InputFileException(file, 0, problem, blankLines + " lines",
                    "write one basket per line, items separated by the delimiter, e.g. 'crm,billing'");
        }
        LOG.info("Read {} baskets from {}: {} blank lines skipped, {} empty items and {} duplicate items ignored",
                baskets.size(), file, blankLines, emptyItems, duplicateItems);
        return new TransactionDatabase(baskets);
    }
}
