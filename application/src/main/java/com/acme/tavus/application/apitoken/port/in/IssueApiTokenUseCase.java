package com.acme.tavus.application.apitoken.port.in;

import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries.ApiTokenView;
import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import reactor.core.publisher.Mono;

/** Use case: issue a new database token to a team. The secret is in the answer, and nowhere else, ever. */
public interface IssueApiTokenUseCase {

    /** Issues and stores the token; {@code by} is recorded as its creator. */
    Mono<IssuedApiToken> issue(IssueApiTokenCommand command, Actor by);

    /**
     * What to issue. Expiry is either a moment ({@code expiresAt}) or a number of days from now
     * ({@code expiresInDays}), never both; with neither the token lives
     * {@value #DEFAULT_LIFETIME_DAYS} days. No token lives longer than {@value #MAX_LIFETIME_DAYS}
     * days (checked at issue, against the clock).
     */
    record IssueApiTokenCommand(String name, String team, Set<Scope> scopes, Instant expiresAt, Integer expiresInDays) {

        public static final int DEFAULT_LIFETIME_DAYS = 90;
        public static final int MAX_LIFETIME_DAYS = 365;

        public IssueApiTokenCommand {
            ApiToken.requireLabel("name", name);
            ApiToken.requireLabel("team", team);
            scopes = ApiToken.requireScopes(scopes);
            if (expiresAt != null && expiresInDays != null) {
                throw new InvalidValueException("expires_at", "give expires_at or expires_in_days, not both");
            }
            if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_LIFETIME_DAYS)) {
                throw new InvalidValueException("expires_in_days", "must be between 1 and " + MAX_LIFETIME_DAYS);
            }
        }
    }

    /** The issued token and its secret. The secret is redacted from {@link #toString()}, so it cannot leak into a log. */
    record IssuedApiToken(ApiTokenView view, String secret) {

        public IssuedApiToken {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "IssuedApiToken[id=" + view.token().id() + ", hint=" + view.token().hint() + ", secret=<redacted>]";
        }
    }
}
