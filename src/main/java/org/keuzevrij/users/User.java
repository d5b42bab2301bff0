package org.keuzevrij.users;

import java.util.List;
import org.keuzevrij.web.access.Role;

/**
 * An account in the embedded user store.
 *
 * @param passwordHash PBKDF2 hash of the password; never the password itself
 * @param tokens API tokens for scripts, each stored as a hash
 */
public record User(String name, Role role, String passwordHash, List<ApiToken> tokens) {

  public User {
    tokens = List.copyOf(tokens);
  }

  public User withRole(Role newRole) {
    return new User(name, newRole, passwordHash, tokens);
  }

  public User withPasswordHash(String hash) {
    return new User(name, role, hash, tokens);
  }

  public User withTokens(List<ApiToken> newTokens) {
    return new User(name, role, passwordHash, newTokens);
  }
}
