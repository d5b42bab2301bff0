package org.keuzevrij.web;

import java.util.HexFormat;

/** A strong HTTP entity tag for a body: the first 128 bits of its SHA-256, quoted. */
public final class EntityTag {

  private EntityTag() {}

  public static String of(byte[] body) {
    return "\"" + HexFormat.of().formatHex(Digest.sha256(body), 0, 16) + "\"";
  }
}
