package io.scrapeline.fetch.address;

import java.net.UnknownHostException;

/**
 * A host that resolves only to addresses the {@link AddressPolicy} forbids. An {@link
 * UnknownHostException} so that the HTTP client treats it as "no address to connect to" and never
 * opens a socket; classified as blocked_address, not dns_failure.
 */
public final class BlockedAddressException extends UnknownHostException {

  private static final long serialVersionUID = 1L;

  public BlockedAddressException(String message) {
    super(message);
  }
}
