package org.keuzevrij.web.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in user may do. Each role includes the ones before it: a viewer reads (as anyone
 * may), an editor also edits the catalogue, an admin also manages users and reloads the catalogue.
 */
public enum Role {
  VIEWER,
  EDITOR,
  ADMIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
  }
}
