package org.keuzevrij.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, the one digest Keuzevrij uses: catalogue and clause library versions, audit content
 * digests, entity tags and API token hashes.
 */
public final class Digest {

  private Digest() {}

  /** A fresh SHA-256, for input fed in parts. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  public static byte[] sha256(byte[] bytes) {
    return sha256().digest(bytes);
  }
}
