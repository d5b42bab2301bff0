package org.keuzevrij.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sign-in throttle: locks per account and per address that grow, and a cap on hashing")
class SignInThrottleTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-12-02T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final SignInThrottle throttle = new SignInThrottle(clock, 2);

  @Test
  @DisplayName("an account locks after its allowance, for 1 s, then 2 s, 4 s … up to 15 minutes")
  void accountLockGrows() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
      throttle.failed("editor", "10.0.0." + i, "test");
      assertInstanceOf(SignInThrottle.Allowed.class, throttle.check("editor", "10.0.0.99"));
    }
    throttle.failed("editor", "10.0.0.50", "test");
    assertEquals(new SignInThrottle.Locked(1), throttle.check("editor", "10.0.0.99"));
    assertInstanceOf(
        SignInThrottle.Allowed.class, throttle.check("admin", "10.0.0.99"), "other accounts");
    clock.advance(Duration.ofSeconds(1));
    assertInstanceOf(SignInThrottle.Allowed.class, throttle.check("editor", "10.0.0.99"));
    throttle.failed("editor", "10.0.0.51", "test");
    assertEquals(new SignInThrottle.Locked(2), throttle.check("editor", "10.0.0.99"));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.lock(30));
    assertEquals(Duration.ofSeconds(512), SignInThrottle.lock(9));
    assertEquals(Duration.ofMinutes(15), SignInThrottle.lock(10));
  }

  @Test
  @DisplayName("an address locks after twenty failures over any accounts")
  void addressLocks() {
    for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
      throttle.failed("user" + i, "192.0.2.7", "test");
    }
    assertInstanceOf(SignInThrottle.Locked.class, throttle.check("someone-new", "192.0.2.7"));
    assertInstanceOf(SignInThrottle.Locked.class, throttle.check(null, "192.0.2.7"), "tokens too");
    assertInstanceOf(SignInThrottle.Allowed.class, throttle.check("someone-new", "192.0.2.8"));
  }

  @Test
  @DisplayName("a success clears the counts; counts are forgotten after an hour without failures")
  void successAndTimeClear() {
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 1; i++) {
      throttle.failed("editor", "10.0.0.1", "test");
    }
    throttle.succeeded("editor", "10.0.0.1");
    throttle.failed("editor", "10.0.0.1", "test");
    assertInstanceOf(SignInThrottle.Allowed.class, throttle.check("editor", "10.0.0.1"));
    for (int i = 0; i < SignInThrottle.ACCOUNT_FAILURES - 2; i++) {
      throttle.failed("editor", "10.0.0.1", "test");
    }
    clock.advance(SignInThrottle.FORGET.plusSeconds(1));
    throttle.failed("editor", "10.0.0.1", "test");
    assertInstanceOf(SignInThrottle.Allowed.class, throttle.check("editor", "10.0.0.1"));
  }

  @Test
  @DisplayName("only so many password checks at once; the next is refused rather than queued")
  void hashingCapped() {
    assertTrue(throttle.startHash());
    assertTrue(throttle.startHash());
    assertFalse(throttle.startHash());
    throttle.endHash();
    assertTrue(throttle.startHash());
  }
}
