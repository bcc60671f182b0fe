package io.scrapeline.resultstore.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook bodies with the tenant's secret: {@code X-Scrapeline-Signature: sha256=<hex
 * HMAC-SHA256 of the body>}, so that a receiver can tell our calls from forged ones.
 */
public final class WebhookSigner {

  public static final String HEADER = "X-Scrapeline-Signature";

  private final Map<String, byte[]> secrets;

  private WebhookSigner(Map<String, byte[]> secrets) {
    this.secrets = Map.copyOf(secrets);
  }

  /** Parses {@code tenant:secret} pairs, comma-separated (SCRAPELINE_WEBHOOK_SECRETS). */
  public static WebhookSigner parse(String configured) {
    Map<String, byte[]> secrets = new HashMap<>();
    if (configured != null && !configured.isBlank()) {
      int position = 0;
      for (String pair : configured.split(",")) {
        position++;
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.trim().length() - 1) {
          throw new IllegalArgumentException(
              "webhook secret entry #" + position + " is not of the form tenant:secret");
        }
        secrets.put(
            pair.substring(0, colon).trim(),
            pair.substring(colon + 1).trim().getBytes(StandardCharsets.UTF_8));
      }
    }
    return new WebhookSigner(secrets);
  }

  /** The signature header value for the tenant, or empty when the tenant has no secret. */
  public Optional<String> signature(String tenant, byte[] body) {
    byte[] secret = secrets.get(tenant);
    if (secret == null) {
      return Optional.empty();
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Optional.of("sha256=" + HexFormat.of().formatHex(mac.doFinal(body)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is in every JVM", e);
    }
  }
}
