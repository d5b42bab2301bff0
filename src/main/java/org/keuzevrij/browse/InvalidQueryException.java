package org.keuzevrij.browse;

/** A filter parameter with a value the catalogue cannot be filtered by. */
public final class InvalidQueryException extends RuntimeException {

  private final String parameter;

  public InvalidQueryException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
