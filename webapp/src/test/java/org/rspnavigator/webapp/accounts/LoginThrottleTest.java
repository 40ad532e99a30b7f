package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The per-client throttle on its own, on a clock the test moves. */
class LoginThrottleTest {

    private static final class Ticking extends Clock {
        Instant now = Instant.parse("2026-05-04T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Ticking clock = new Ticking();

    private LoginThrottle throttle(int perClient, int perAddress, int maxEntries) {
        return new LoginThrottle(clock, new LoginThrottle.Limits(perClient, perAddress, Duration.ofMinutes(5),
                Duration.ofDays(1), Duration.ofDays(2), maxEntries));
    }

    @Test
    void aPairWaitsAfterItsFailuresAndOnlyThatPair() {
        LoginThrottle t = throttle(3, 0, 100);
        for (int i = 0; i < 2; i++) {
            assertThat(t.failed("Pat", "192.0.2.1")).isZero();
        }
        assertThat(t.failed(" pat ", "192.0.2.1")).isEqualTo(Duration.ofMinutes(5));
        assertThat(t.refusal("PAT", "192.0.2.1")).contains(Duration.ofMinutes(5));
        assertThat(t.refusal("pat", "192.0.2.2")).as("same name, other address").isEmpty();
        assertThat(t.refusal("quinn", "192.0.2.1")).as("other name, same address").isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(t.refusal("pat", "192.0.2.1")).contains(Duration.ofMinutes(3));
    }

    @Test
    void theWaitDoublesUpToADay() {
        LoginThrottle t = throttle(1, 0, 100);
        Duration expected = Duration.ofMinutes(5);
        for (int i = 0; i < 12; i++) {
            assertThat(t.failed("pat", "192.0.2.1")).isEqualTo(expected);
            clock.now = clock.now.plus(expected);
            expected = expected.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1)
                    : expected.multipliedBy(2);
        }
        assertThat(t.failed("pat", "192.0.2.1")).as("a client that keeps failing after each wait stays at a day")
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void anAddressThatFailedWithManyNamesWaitsForEveryName() {
        LoginThrottle t = throttle(5, 4, 100);
        for (int i = 0; i < 4; i++) {
            t.failed("name-" + i, "198.51.100.7");
        }
        assertThat(t.refusal("someone-else", "198.51.100.7")).contains(Duration.ofMinutes(5));
        assertThat(t.refusal("someone-else", "198.51.100.8")).isEmpty();
    }

    @Test
    void successAndAnAdministratorsUnlockClearTheWait() {
        LoginThrottle t = throttle(1, 0, 100);
        t.failed("pat", "192.0.2.1");
        t.failed("pat", "192.0.2.2");
        t.succeeded("PAT", "192.0.2.1");
        assertThat(t.refusal("pat", "192.0.2.1")).isEmpty();
        assertThat(t.refusal("pat", "192.0.2.2")).isPresent();
        t.forget("Pat");
        assertThat(t.refusal("pat", "192.0.2.2")).isEmpty();
    }

    @Test
    void memoryIsBoundedBySizeAndByAge() {
        LoginThrottle t = throttle(5, 1000, 50);
        for (int i = 0; i < 500; i++) {
            t.failed("name-" + i, "203.0.113." + (i % 256));
            clock.now = clock.now.plusSeconds(1);
        }
        assertThat(t.size()).isLessThanOrEqualTo(100);
        clock.now = clock.now.plus(Duration.ofDays(1));
        assertThat(t.size()).as("a day after the last failure, still remembered").isPositive();
        clock.now = clock.now.plus(Duration.ofDays(1));
        assertThat(t.size()).as("two days after the last failure, all is forgotten").isZero();
    }

    @Test
    void aWaitingEntryIsNotForgottenBeforeItsWaitEnds() {
        LoginThrottle t = throttle(1, 0, 100);
        for (int i = 0; i < 20; i++) {
            t.failed("pat", "192.0.2.1");
        }
        clock.now = clock.now.plus(Duration.ofHours(23));
        assertThat(t.refusal("pat", "192.0.2.1")).contains(Duration.ofHours(1));
    }

    @Test
    void aMemoryShorterThanTheLongestWaitIsRefused() {
        assertThatThrownBy(() -> new LoginThrottle.Limits(5, 100, Duration.ofMinutes(5), Duration.ofDays(1),
                Duration.ofDays(1), 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAndAddressesOfAnyLengthMakeBoundedKeys() {
        LoginThrottle t = throttle(1, 0, 100);
        t.failed("x".repeat(10_000), "a".repeat(10_000));
        assertThat(t.refusal("x".repeat(100), "a".repeat(64))).isPresent();
        assertThat(t.refusal(null, null)).isEmpty();
        t.failed(null, null);
        assertThat(t.refusal("", "unknown")).isPresent();
    }
}
