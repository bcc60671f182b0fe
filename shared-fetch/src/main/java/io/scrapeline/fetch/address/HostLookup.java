package io.scrapeline.fetch.address;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name to addresses: the system resolver in production, a table in tests. */
@FunctionalInterface
public interface HostLookup {

  /**
   * Every address of {@code host}.
   *
   * @throws UnknownHostException when the name does not resolve
   */
  InetAddress[] lookup(String host) throws UnknownHostException;

  /** The JVM's resolver (and its cache). */
  static HostLookup system() {
    return InetAddress::getAllByName;
  }
}
