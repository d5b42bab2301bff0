package org.keuzevrij.catalogue;

import java.util.regex.Pattern;

/**
 * What an entity id may be: a lowercase slug of at most 64 characters, the rule of {@code $defs/id}
 * in {@code fact.schema.json} (a test keeps the two equal). An id is also a file name, so this rule
 * is what keeps a written file inside its kind's folder.
 */
public final class Ids {

  public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
  public static final int MAX_LENGTH = 64;
  private static final Pattern SLUG = Pattern.compile(PATTERN);

  private Ids() {}

  public static boolean valid(String id) {
    return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
  }
}
