package org.keuzevrij.users;

import io.vertx.ext.auth.hashing.HashingStrategy;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Salted, slow password hashes: PBKDF2 with HMAC-SHA512 through Vert.x's {@link HashingStrategy},
 * stored in its {@code $pbkdf2$it=…$salt$hash} form so the iteration count travels with each hash
 * and can be raised later.
 */
public final class PasswordHasher {

  /** OWASP's Password Storage Cheat Sheet (2023) asks 210,000 iterations for PBKDF2-HMAC-SHA512. */
  public static final int ITERATIONS = 210_000;

  private static final String ALGORITHM = "pbkdf2";
  private static final int SALT_BYTES = 16;

  private final HashingStrategy strategy = HashingStrategy.load();
  private final SecureRandom random = new SecureRandom();

  /**
   * Verified when a name is unknown, so an answer takes as long whether or not the user exists;
   * made on first use.
   */
  private volatile String decoy;

  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return strategy.hash(
        ALGORITHM,
        Map.of("it", String.valueOf(ITERATIONS)),
        Base64.getEncoder().encodeToString(salt),
        password);
  }

  /**
   * Constant-time check; only PBKDF2 hashes count, so an unsalted hash slipped into the file never
   * verifies.
   */
  public boolean verify(String hash, String password) {
    if (hash == null || !hash.startsWith("$" + ALGORITHM + "$")) {
      verifyNobody(password);
      return false;
    }
    return strategy.verify(hash, password);
  }

  /** Spends the time of one verification, for a user that does not exist. */
  public void verifyNobody(String password) {
    if (decoy == null) {
      decoy = hash("not a password anyone has");
    }
    strategy.verify(decoy, password);
  }
}
