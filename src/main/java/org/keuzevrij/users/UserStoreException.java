package org.keuzevrij.users;

/**
 * A user-management request that cannot be carried out, with a reason fit to show the admin who
 * made it.
 */
public final class UserStoreException extends Exception {

  /**
   * Why, for choosing the HTTP status: the request is invalid, names nobody, or conflicts with the
   * store.
   */
  public enum Reason {
    INVALID,
    NOT_FOUND,
    CONFLICT
  }

  private final Reason reason;
  private final String field;

  public UserStoreException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The request field at fault: {@code name}, {@code password} or {@code role}; null when none is.
   */
  public String field() {
    return field;
  }
}
