package io.idem.affinity.input;

import java.nio.file.Path;

/** Checks on item names read from a file. */
final class ItemNames {

    private ItemNames() {
    }

    /** Returns {@code item} unchanged, or rejects it when it contains the output separator. */
    static String check(Path file, long line, String item) {
        if (item.contains(TransactionFileReader.ITEM_SEPARATOR)) {
            throw new InputFileException(file, line, "item name contains '" + TransactionFileReader.ITEM_SEPARATOR
                    + "', which the output uses to join items", item,
                    "rename the item without '" + TransactionFileReader.ITEM_SEPARATOR + "'");
        }
        return item;
    }
}
