package org.keuzevrij.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions a write is made under, from {@code If-Match} and {@code If-None-Match} (RFC 9110
 * §13.1): a write must say which version it replaces, or that it expects none, so two editors can
 * never overwrite each other unseen.
 *
 * @param ifMatch entity tags of which the current one must be one; {@code *} for any existing
 *     version
 * @param ifNoneMatch entity tags the current one must not be; {@code *} for "must not exist"
 */
public record Precondition(List<String> ifMatch, List<String> ifNoneMatch) {

  private static final String ANY = "*";

  public Precondition {
    ifMatch = ifMatch == null ? null : List.copyOf(ifMatch);
    ifNoneMatch = ifNoneMatch == null ? null : List.copyOf(ifNoneMatch);
  }

  /** From the header values as sent; a missing header is null. */
  public static Precondition of(String ifMatch, String ifNoneMatch) {
    return new Precondition(parse(ifMatch), parse(ifNoneMatch));
  }

  public static Precondition create() {
    return new Precondition(null, List.of(ANY));
  }

  public static Precondition replacing(String etag) {
    return new Precondition(List.of(etag), null);
  }

  public static Precondition none() {
    return new Precondition(null, null);
  }

  public boolean present() {
    return ifMatch != null || ifNoneMatch != null;
  }

  /**
   * Whether a write may go ahead when the current version has tag {@code current} (empty when the
   * entity does not exist). If-Match uses the strong comparison, so a weak tag never matches;
   * If-None-Match the weak one (§13.1.2).
   */
  public boolean holds(Optional<String> current) {
    if (ifMatch != null) {
      boolean match =
          current.isPresent() && (ifMatch.contains(ANY) || ifMatch.contains(current.get()));
      if (!match) {
        return false;
      }
    }
    if (ifNoneMatch != null && current.isPresent()) {
      String tag = current.get();
      return !(ifNoneMatch.contains(ANY)
          || ifNoneMatch.contains(tag)
          || ifNoneMatch.contains("W/" + tag));
    }
    return true;
  }

  private static List<String> parse(String header) {
    if (header == null) {
      return null;
    }
    List<String> tags = new ArrayList<>();
    for (String part : header.split(",")) {
      if (!part.isBlank()) {
        tags.add(part.strip());
      }
    }
    return tags;
  }
}
