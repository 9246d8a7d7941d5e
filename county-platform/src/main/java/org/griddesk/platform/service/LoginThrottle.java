package org.griddesk.platform.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.griddesk.platform.store.LoginFailureStore;

/**
 * Slows down password guessing without letting a stranger lock an account's owner out. Only sources that failed
 * are refused: a source waits after {@code limits.perName()} failures for one name, or {@code limits.perSource()}
 * for any names (spraying). When a name draws {@code limits.perNameUnderAttack()} failures from everywhere (many
 * sources guessing it), every source that already failed on it waits after its first failure. A source that never
 * failed on a name, such as the owner's laptop, is never refused for it.
 */
public final class LoginThrottle {
    private final String county;
    private final LoginFailureStore failures;
    private final Clock clock;
    private final Limits limits;
    private final Duration window;

    /** How many failures within the window each rule allows before refusing. */
    public record Limits(int perName, int perSource, int perNameUnderAttack) {
        public static Limits standard() {
            return new Limits(5, 30, 20);
        }
    }

    public LoginThrottle(String county, LoginFailureStore failures, Clock clock, Limits limits, Duration window) {
        this.county = county;
        this.failures = failures;
        this.clock = clock;
        this.limits = limits;
        this.window = window;
    }

    /** How long this source must still wait before trying this name, if it is refused now. */
    public Optional<Duration> blockedFor(String username, String source) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        List<Instant> pair = failures.ofNameFromSource(county, username, source, since);
        if (pair.isEmpty()) {
            return blockedAfter(failures.fromSource(county, source, since), limits.perSource(), now);
        }
        int allowed = failures.ofName(county, username, since).size() >= limits.perNameUnderAttack()
                ? 1 : limits.perName();
        return blockedAfter(pair, allowed, now)
                .or(() -> blockedAfter(failures.fromSource(county, source, since), limits.perSource(), now));
    }

    public void recordFailure(String username, String source) {
        Instant now = clock.instant();
        failures.record(county, username, source, now, now.minus(window));
    }

    public void reset(String username, String source) {
        failures.clear(county, username, source);
    }

    /** Refused once {@code max} failures are in the window; free again when enough of the oldest have left it. */
    private Optional<Duration> blockedAfter(List<Instant> recent, int max, Instant now) {
        if (recent.size() < max) {
            return Optional.empty();
        }
        Instant unblocksAt = recent.get(recent.size() - max).plus(window);
        Duration wait = Duration.between(now, unblocksAt);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
