package io.idem.ingest;

import java.nio.file.Path;

/**
 * Progress callbacks of an import, for example to draw a progress bar. Called on the importing
 * thread, and every method does nothing by default. An exception thrown here aborts the import, and
 * the source being loaded is rolled back.
 */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** Called before a file is read; {@code totalBytes} is its size. Not called for skipped files. */
    default void fileStarted(String sourceName, Path file, long totalBytes) {
    }

    /** Called about every MiB read and once at the end of the file, with the bytes read so far. */
    default void bytesRead(String sourceName, Path file, long bytesRead, long totalBytes) {
    }

    /** Called when a file is imported or skipped. */
    default void fileFinished(FileImport result) {
    }
}
