package org.keuzevrij.web.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Limits guessing passwords and tokens, for the login form, HTTP Basic and bearer tokens alike.
 * Failed sign-ins are counted per account and per client address; past a threshold each further
 * failure locks that account or address for twice as long as the one before, up to a cap. During a
 * lock every attempt is refused before any password is checked, the right password too, so a lock
 * cannot be used to test guesses. A success clears its account's and address's counts.
 *
 * <p>Checking a password costs a deliberately slow hash, so a flood of wrong credentials would also
 * starve real users of CPU. Only a few hashes run at once; an attempt beyond that is refused at
 * once rather than queued.
 */
public final class SignInThrottle {

  private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

  /** Failures an account may have before locks start: enough for a few typing mistakes. */
  public static final int ACCOUNT_FAILURES = 5;

  /** Failures one address may have, over any accounts, before locks start; offices share one. */
  public static final int ADDRESS_FAILURES = 20;

  static final Duration FIRST_LOCK = Duration.ofSeconds(1);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  /** Counts are forgotten after this long without a failure. */
  static final Duration FORGET = Duration.ofHours(1);

  /** A bound on memory: beyond it, entries that hold no lock are dropped. */
  private static final int MAX_ENTRIES = 100_000;

  /** What an attempt may do. */
  public sealed interface Verdict {}

  /** Go ahead and check the credentials; call {@link #failed} or {@link #succeeded} after. */
  public record Allowed() implements Verdict {}

  /** Refused without checking, for this many more seconds (at least 1). */
  public record Locked(long retryAfterSeconds) implements Verdict {}

  private record Count(int failures, Instant last, Instant lockedUntil) {}

  private final Clock clock;
  private final Semaphore hashing;
  private final Map<String, Count> counts = new ConcurrentHashMap<>();

  /**
   * @param concurrentHashes how many password checks may run at once
   */
  public SignInThrottle(Clock clock, int concurrentHashes) {
    this.clock = clock;
    this.hashing = new Semaphore(concurrentHashes);
  }

  /** One password check at a time per core: the rest of the app keeps the others. */
  public static SignInThrottle standard() {
    return new SignInThrottle(
        Clock.systemUTC(), Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
  }

  /**
   * Whether {@code account} (null for a bearer token, which names none) may try from {@code
   * address} now.
   */
  public Verdict check(String account, String address) {
    Instant now = clock.instant();
    long wait =
        Math.max(remaining(key("account", account), now), remaining(key("address", address), now));
    return wait > 0 ? new Locked(wait) : new Allowed();
  }

  /**
   * Takes a slot for one slow password check; false when all are taken. Give it back with {@link
   * #endHash}.
   */
  public boolean startHash() {
    return hashing.tryAcquire();
  }

  public void endHash() {
    hashing.release();
  }

  /**
   * Counts a failed attempt; logs when it starts or lengthens a lock, with the id of the request
   * that did. Never sees the password.
   */
  public void failed(String account, String address, String requestId) {
    Instant now = clock.instant();
    count(key("account", account), ACCOUNT_FAILURES, now, requestId);
    count(key("address", address), ADDRESS_FAILURES, now, requestId);
  }

  public void succeeded(String account, String address) {
    remove(key("account", account));
    remove(key("address", address));
  }

  private void remove(String key) {
    if (key != null) {
      counts.remove(key);
    }
  }

  private long remaining(String key, Instant now) {
    Count count = key == null ? null : counts.get(key);
    if (count == null || count.lockedUntil() == null || !count.lockedUntil().isAfter(now)) {
      return 0;
    }
    // Rounded up, so a client that waits exactly Retry-After seconds finds the lock over.
    return Math.max(1, (Duration.between(now, count.lockedUntil()).toMillis() + 999) / 1000);
  }

  private void count(String key, int allowed, Instant now, String requestId) {
    if (key == null) {
      return;
    }
    if (counts.size() >= MAX_ENTRIES) {
      counts.values().removeIf(c -> c.lockedUntil() == null || !c.lockedUntil().isAfter(now));
    }
    Count updated =
        counts.compute(
            key,
            (k, old) -> {
              int failures =
                  old == null || Duration.between(old.last(), now).compareTo(FORGET) > 0
                      ? 1
                      : old.failures() + 1;
              Instant until = failures < allowed ? null : now.plus(lock(failures - allowed));
              return new Count(failures, now, until);
            });
    if (updated.lockedUntil() != null) {
      LOG.warning(
          "Sign-in locked for "
              + lock(updated.failures() - allowed).toSeconds()
              + " s after "
              + updated.failures()
              + " failures: "
              + printable(key)
              + " (request "
              + requestId
              + ")");
    }
  }

  /** The lock after {@code beyond} failures past the threshold: 1 s, 2 s, 4 s … up to the cap. */
  static Duration lock(int beyond) {
    if (beyond >= 20) {
      return MAX_LOCK;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << beyond);
    return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
  }

  private static String key(String kind, String value) {
    return value == null || value.isEmpty() ? null : kind + " " + value;
  }

  /** A user name is the attacker's text: no line breaks or other control characters in the log. */
  private static String printable(String text) {
    String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
