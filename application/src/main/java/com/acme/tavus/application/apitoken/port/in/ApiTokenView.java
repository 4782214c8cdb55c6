package com.acme.tavus.application.apitoken.port.in;

import com.acme.tavus.domain.apitoken.ApiToken;
import com.acme.tavus.domain.apitoken.TokenStatus;
import java.util.Objects;

/** A stored token and its status at the moment it was read. Holds no secret. */
public record ApiTokenView(ApiToken token, TokenStatus status) {

    public ApiTokenView {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(status, "status");
    }
}
