package org.keuzevrij.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keuzevrij.web.access.Identity;
import org.keuzevrij.web.access.Role;

@DisplayName("Embedded user store: first start, hashes, tokens")
class UserStoreTest {

  private static final PasswordHasher HASHER = new PasswordHasher();

  @TempDir Path data;

  @Test
  @DisplayName(
      "first start without a password makes one up, returns it once, and stores only its hash")
  void generatedFirstAdmin() throws Exception {
    UserStore.Opened first = UserStore.open(data, HASHER, Clock.systemUTC(), Optional.empty());
    assertTrue(first.adminCreated());
    String password = first.generatedPassword().orElseThrow();
    assertTrue(password.length() >= UserStore.MIN_PASSWORD, password);
    assertEquals(
        Optional.of(new Identity("admin", Role.ADMIN)), first.store().login("admin", password));
    assertFalse(Files.readString(data.resolve(UserStore.FILE)).contains(password));
    UserStore.Opened again =
        UserStore.open(data, HASHER, Clock.systemUTC(), Optional.of("a different password"));
    assertFalse(again.adminCreated());
    assertEquals(
        Optional.empty(), again.generatedPassword(), "shown once: a second start says nothing");
    assertEquals(
        Optional.empty(),
        again.store().login("admin", "a different password"),
        "the variable only counts on first start");
  }

  @Test
  @DisplayName(
      "first start with KEUZEVRIJ_ADMIN_PASSWORD uses it and prints nothing; a short one is refused")
  void givenFirstAdmin() throws Exception {
    assertThrows(
        IllegalArgumentException.class,
        () -> UserStore.open(data, HASHER, Clock.systemUTC(), Optional.of("short")));
    assertFalse(Files.exists(data.resolve(UserStore.FILE)));
    UserStore.Opened opened =
        UserStore.open(data, HASHER, Clock.systemUTC(), Optional.of("correct horse battery"));
    assertEquals(Optional.empty(), opened.generatedPassword());
    assertTrue(opened.store().login("admin", "correct horse battery").isPresent());
    assertEquals(Optional.empty(), opened.store().login("admin", "correct horse batterY"));
    assertEquals(Optional.empty(), opened.store().login("nobody", "correct horse battery"));
  }

  @Test
  @DisplayName("a token works until revoked, a forged one never; only a hash is kept")
  void tokens() throws Exception {
    UserStore store =
        UserStore.open(data, HASHER, Clock.systemUTC(), Optional.of("correct horse battery"))
            .store();
    UserStore.NewToken token = store.createToken("admin", "backup script");
    assertEquals(Optional.of(new Identity("admin", Role.ADMIN)), store.byToken(token.token()));
    assertFalse(Files.readString(data.resolve(UserStore.FILE)).contains(token.token()));
    String forged = token.token().substring(0, token.token().length() - 2) + "xx";
    assertEquals(Optional.empty(), store.byToken(forged));
    store.revokeToken("admin", token.stored().id());
    assertEquals(Optional.empty(), store.byToken(token.token()));
    UserStore reopened = UserStore.open(data, HASHER, Clock.systemUTC(), Optional.empty()).store();
    assertEquals(
        0, reopened.find("admin").orElseThrow().tokens().size(), "the revocation was saved");
  }
}
