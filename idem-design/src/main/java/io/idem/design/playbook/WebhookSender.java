package io.idem.design.playbook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs webhook bodies. Each attempt has the step's timeout. A failed attempt (an I/O error, a
 * timeout or a status outside 2xx) is retried after 0.5 s, 1 s, 2 s and so on, up to the step's
 * retries. When the step names {@code secret_env}, the header {@code X-Idem-Signature} carries
 * {@code sha256=} and the hex HMAC-SHA256 of the exact body bytes, keyed with that variable's
 * value. The secret is never logged nor returned in an outcome.
 */
public final class WebhookSender {

    /** Header with the HMAC-SHA256 signature of the body. */
    public static final String SIGNATURE_HEADER = "X-Idem-Signature";
    /** Header with the delivery id, the same on every attempt and repeated run, for receivers to drop duplicates. */
    public static final String DELIVERY_HEADER = "X-Idem-Delivery";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);

    private final HttpClient client;
    private final Function<String, String> environment;
    private final long firstBackoffMillis;

    /** Creates a sender that reads secrets from {@code environment}, for example {@code System::getenv}. */
    public WebhookSender(Function<String, String> environment) {
        this(environment, 500);
    }

    WebhookSender(Function<String, String> environment, long firstBackoffMillis) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.environment = environment;
        this.firstBackoffMillis = firstBackoffMillis;
    }

    /** The outcome of a call: the last status code (null when no response came), the attempts made and the last error. */
    public record Result(Integer statusCode, int attempts, String error) {
        public boolean succeeded() {
            return error == null;
        }
    }

    /** Makes the call with its retries. A failed call does not throw: {@link Result#error()} describes it. */
    public Result send(PlayPlan.WebhookCall call, String runId) {
        String signature = null;
        if (call.secretEnv() != null) {
            String secret = environment.apply(call.secretEnv());
            if (secret == null || secret.isEmpty()) {
                String error = "environment variable " + call.secretEnv() + " is not set, so the call was not signed or sent";
                LOG.warn("Run {}: webhook of play {} (playbook {}, account {}, step {}) not sent: {}", runId, call.playId(), call.playbook(),
                        call.accountId(), call.step(), error);
                return new Result(null, 0, error);
            }
            signature = "sha256=" + hmacSha256(secret, call.body());
        }
        int attempts = 0;
        Integer status = null;
        String error = null;
        int maxAttempts = call.retries() + 1;
        while (attempts < maxAttempts) {
            attempts++;
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(call.url()).timeout(Duration.ofSeconds(call.timeoutSeconds()))
                        .header("Content-Type", "application/json").header(DELIVERY_HEADER, call.deliveryId())
                        .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
                if (signature != null) {
                    request.header(SIGNATURE_HEADER, signature);
                }
                HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                error = status >= 200 && status < 300 ? null : "HTTP status " + status;
            } catch (IOException e) {
                status = null;
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
                break;
            }
            if (error == null) {
                return new Result(status, attempts, null);
            }
            LOG.warn("Run {}: webhook of play {} (playbook {}, account {}, step {}) to {} failed, attempt {} of {}: {}", runId, call.playId(),
                    call.playbook(), call.accountId(), call.step(), call.url(), attempts, maxAttempts, error);
            if (attempts < maxAttempts && !pause(firstBackoffMillis << (attempts - 1))) {
                error = "interrupted";
                break;
            }
        }
        return new Result(status, attempts, error);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Returns the lower-case hex HMAC-SHA256 of the UTF-8 body. */
    public static String hmacSha256(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }
}
