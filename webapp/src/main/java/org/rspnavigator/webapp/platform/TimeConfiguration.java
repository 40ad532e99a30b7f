package org.rspnavigator.webapp.platform;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock, one bean so that tests can move time (lockouts, audit times). It
 * ticks in microseconds, the precision both databases store, so that a time read back equals the
 * time written and an export round-trips exactly.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
