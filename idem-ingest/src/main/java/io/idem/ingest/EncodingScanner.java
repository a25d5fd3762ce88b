package io.idem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads a file once to compute its SHA-256 and to check that every byte decodes in the declared
 * encoding. Both encodings Idem reads (UTF-8 and Windows-1252) encode a line feed as the single
 * byte 0x0A, so the line of an invalid byte is found by counting those bytes.
 */
final class EncodingScanner {

    private static final int CHUNK = 1 << 16;

    /**
     * The outcome of a scan.
     *
     * @param invalidLine  the line of the first byte that does not decode, or 0 when all decode
     * @param invalidBytes that byte sequence in hex, or null
     */
    record Result(String sha256, long sizeBytes, long invalidLine, String invalidBytes, boolean startsWithUtf8Bom) {
    }

    private EncodingScanner() {
    }

    /** Returns the charset for a source's {@code encoding} setting ({@code utf-8} or {@code windows-1252}). */
    static Charset charset(String encoding) {
        String name = encoding == null ? "utf-8" : encoding.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252" -> Charset.forName("windows-1252");
            default -> throw new IllegalArgumentException("unsupported encoding '" + encoding + "': use utf-8 or windows-1252");
        };
    }

    /** Returns a decoder that rejects bytes that are not characters, rather than replacing them. */
    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static Result scan(Path file, Charset charset) throws IOException {
        Scan scan = new Scan(strictDecoder(charset));
        try (InputStream stream = Files.newInputStream(file)) {
            boolean endOfInput = false;
            while (!endOfInput) {
                endOfInput = scan.readChunk(stream);
                scan.decodeChunk(endOfInput);
            }
        }
        return scan.result();
    }

    /** The state of one scan: buffers, digest and what was found so far. */
    private static final class Scan {
        private final MessageDigest digest = sha256();
        private final CharsetDecoder decoder;
        private final byte[] bytes = new byte[CHUNK];
        private final ByteBuffer in = ByteBuffer.wrap(bytes).limit(0);
        private final CharBuffer out = CharBuffer.allocate(CHUNK);
        private long size;
        private long lineFeeds;
        private long invalidLine;
        private String invalidBytes;
        private boolean byteOrderMark;

        Scan(CharsetDecoder decoder) {
            this.decoder = decoder;
        }

        /** Appends the next bytes of the stream to the undecoded ones; returns whether the stream ended. */
        boolean readChunk(InputStream stream) throws IOException {
            in.compact();
            int read = stream.read(bytes, in.position(), in.remaining());
            if (read > 0) {
                digest.update(bytes, in.position(), read);
                if (size == 0) {
                    byteOrderMark = read >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
                }
                size += read;
                in.position(in.position() + read);
            }
            in.flip();
            return read < 0;
        }

        /** Decodes the pending bytes, or drops them once an invalid byte was found (the digest still needs the rest). */
        void decodeChunk(boolean endOfInput) {
            if (invalidBytes != null) {
                in.position(in.limit());
                return;
            }
            int before = in.position();
            CoderResult result = decode(decoder, in, out, endOfInput);
            lineFeeds += countLineFeeds(bytes, before, in.position());
            if (result.isError()) {
                invalidLine = lineFeeds + 1;
                invalidBytes = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase()
                        .formatHex(bytes, in.position(), in.position() + result.length());
                in.position(in.limit());
            }
        }

        Result result() {
            return new Result(HexFormat.of().formatHex(digest.digest()), size, invalidLine, invalidBytes, byteOrderMark);
        }
    }

    private static CoderResult decode(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean endOfInput) {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, endOfInput);
            if (!result.isOverflow()) {
                return result;
            }
        }
    }

    private static long countLineFeeds(byte[] bytes, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
