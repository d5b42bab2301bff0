package org.keuzevrij.users;

import java.time.Instant;

/**
 * An API token for scripts, as stored: its public id, a SHA-256 hash of the whole token, and what
 * it is for. The token itself is shown once when it is created. A fast hash suffices here, unlike
 * for passwords: a token is 256 random bits, so there is nothing to guess.
 */
public record ApiToken(String id, String hash, String label, Instant created) {}
