package io.idem.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Counts the bytes read from a file and reports them to an {@link ImportListener} about every MiB. */
final class ProgressInputStream extends FilterInputStream {

    private static final long REPORT_EVERY = 1 << 20;

    private final ImportListener listener;
    private final String sourceName;
    private final Path file;
    private final long totalBytes;
    private long bytesRead;
    private long lastReported;
    private boolean finished;

    ProgressInputStream(InputStream in, ImportListener listener, String sourceName, Path file, long totalBytes) {
        super(in);
        this.listener = listener;
        this.sourceName = sourceName;
        this.file = file;
        this.totalBytes = totalBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        advance(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        advance(read);
        return read;
    }

    private void advance(int read) {
        if (read < 0) {
            if (!finished) {
                finished = true;
                listener.bytesRead(sourceName, file, bytesRead, totalBytes);
            }
            return;
        }
        bytesRead += read;
        if (bytesRead - lastReported >= REPORT_EVERY) {
            lastReported = bytesRead;
            listener.bytesRead(sourceName, file, bytesRead, totalBytes);
        }
    }
}
