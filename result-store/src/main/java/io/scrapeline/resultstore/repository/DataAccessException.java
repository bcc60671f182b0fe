package io.scrapeline.resultstore.repository;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** A failed SQL statement; retriable or not, the surrounding transaction rolls back. */
public class DataAccessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** SQLSTATE classes of a lost or refused connection, and of an exhausted or stopping server. */
  private static final String[] TRANSIENT_STATE_PREFIXES = {"08", "53", "57P"};

  public DataAccessException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
  }

  /** Whether the database could not be reached or could not serve, rather than a bad statement. */
  public boolean isTransient() {
    if (getCause() instanceof SQLTransientException) {
      return true;
    }
    String state = getCause() instanceof SQLException sql ? sql.getSQLState() : null;
    if (state == null) {
      // Agroal reports an exhausted pool (acquisition timeout) without a state.
      return true;
    }
    for (String prefix : TRANSIENT_STATE_PREFIXES) {
      if (state.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
