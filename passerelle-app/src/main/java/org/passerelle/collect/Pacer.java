package org.passerelle.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one site apart by at least its delay (the site's crawl delay, else the
 * collector's polite default). Time and waiting are given, so that tests check the waits asked
 * for without waiting.
 */
public final class Pacer {

    /** Waits for a duration. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Real time. */
    public static Pacer real() {
        return new Pacer(Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
    }

    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> last = new HashMap<>();

    public Pacer(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code delay} has passed since the previous request to {@code site}, then counts this one. */
    public void awaitTurn(String site, Duration delay) throws InterruptedException {
        Instant previous = last.get(site);
        if (previous != null) {
            Duration wait = Duration.between(clock.instant(), previous.plus(delay));
            if (wait.isPositive()) {
                sleeper.sleep(wait);
            }
        }
        last.put(site, clock.instant());
    }
}
