package org.keuzevrij.web.access;

/**
 * A signed-in user as one request sees it, with the role in force now: a role taken away takes
 * effect on the next request, not at the next login.
 */
public record Identity(String name, Role role) {

  public boolean may(Role needed) {
    return role.includes(needed);
  }
}
