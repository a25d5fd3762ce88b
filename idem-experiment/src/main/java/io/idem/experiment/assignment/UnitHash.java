package io.idem.experiment.assignment;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Uniform number in [0, 1) derived from a text key by SHA-256, the same on every machine and JVM.
 *
 * <p>The key is encoded as UTF-8 and hashed with SHA-256 (FIPS 180-4). The first 8 bytes of the digest are
 * read as a big-endian unsigned integer, its top 52 bits are kept, and the result is divided by 2^52. A double
 * has a 52-bit fraction, so every value k / 2^52 is exact, and the output is uniform on the 2^52 points of
 * [0, 1) as far as SHA-256 is. Equivalently, the value is the first 13 hex digits of the digest read as a
 * fraction of 16^13, which {@code printf '%s' KEY | sha256sum} shows.
 */
public final class UnitHash {

    private static final int KEPT_BITS = 52;
    private static final double SCALE = 0x1.0p-52;
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(UnitHash::sha256);

    private UnitHash() {
    }

    /** Returns the bucket of an account in an experiment, from the key {@code experimentId:accountId}. */
    public static double fraction(String experimentId, String accountId) {
        requireNonNull(experimentId, "experimentId is null");
        requireNonNull(accountId, "accountId is null");
        return fraction(experimentId + ":" + accountId);
    }

    /** Returns the hash of {@code key} as a number in [0, 1). */
    public static double fraction(String key) {
        return bits(key) * SCALE;
    }

    /** Returns the top 52 bits of the SHA-256 digest of {@code key}, as a number in [0, 2^52). */
    public static long bits(String key) {
        requireNonNull(key, "key is null");
        byte[] digest = SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8));
        long first = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            first = (first << Byte.SIZE) | (digest[i] & 0xFF);
        }
        return first >>> (Long.SIZE - KEPT_BITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest Javadoc, Java SE 17).
            throw new IllegalStateException("this JVM provides no SHA-256 MessageDigest", e);
        }
    }
}
