package com.acme.tavus.adapter.web.api.token;

import com.acme.tavus.adapter.web.api.token.ApiTokenResponses.Issued;
import com.acme.tavus.adapter.web.audit.AuditedExchange;
import com.acme.tavus.adapter.web.api.token.ApiTokenResponses.Token;
import com.acme.tavus.adapter.web.api.token.ApiTokenResponses.TokenList;
import com.acme.tavus.application.apitoken.port.in.ApiTokenQueries;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase;
import com.acme.tavus.application.apitoken.port.in.IssueApiTokenUseCase.IssueApiTokenCommand;
import com.acme.tavus.application.apitoken.port.in.RevokeApiTokenUseCase;
import com.acme.tavus.domain.apitoken.ApiTokenId;
import com.acme.tavus.domain.apitoken.Caller;
import com.acme.tavus.domain.apitoken.Scope;
import com.acme.tavus.domain.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Token management, for callers with the admin scope (the security chain enforces it for every
 * path under {@value #BASE}). Tokens configured in {@code API_TOKENS} are not listed here: they live
 * in the environment, not in the database.
 */
@RestController
@Tag(name = ApiTokenController.TAG)
class ApiTokenController {

    static final String TAG = "Tokens";
    static final String BASE = "/api/v1/tokens";
    private static final String ID = "/{id}";
    private static final Logger LOG = LoggerFactory.getLogger(ApiTokenController.class);
    private static final String CREATE_EXAMPLE = """
            {
              "name": "ci",
              "team": "payments",
              "scopes": ["read", "write"],
              "expires_in_days": 90
            }""";

    private final IssueApiTokenUseCase issue;
    private final RevokeApiTokenUseCase revoke;
    private final ApiTokenQueries queries;

    ApiTokenController(IssueApiTokenUseCase issue, RevokeApiTokenUseCase revoke, ApiTokenQueries queries) {
        this.issue = issue;
        this.revoke = revoke;
        this.queries = queries;
    }

    @PostMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    // Not @Idempotent on purpose: a replay would need the secret stored next to the key, in clear.
    @Operation(operationId = "issueApiToken", summary = "Issue a token to a team",
            description = "Creates a token and answers its secret in the token field. This is the only time the "
                    + "secret is shown: the platform stores only its SHA-256 and the non-secret token_hint. "
                    + "Needs the admin scope.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CreateApiTokenRequest.class),
            examples = @ExampleObject(name = "CI token for payments", value = CREATE_EXAMPLE)))
    @ApiResponse(responseCode = "201", description = "Issued; Location names the new token.")
    Mono<ResponseEntity<Issued>> create(
            @RequestBody CreateApiTokenRequest request, @Parameter(hidden = true) @AuthenticationPrincipal Caller caller,
            ServerWebExchange exchange) {
        return Mono.fromSupplier(() -> toCommand(request))
                .flatMap(command -> issue.issue(command, caller.actor()))
                .doOnNext(issued -> AuditedExchange.resource(exchange, issued.view().token().id().toString()))
                .doOnNext(issued -> LOG.info("API token {} ({}/{}, scopes {}) issued by {}",
                        issued.view().token().id(), issued.view().token().team(), issued.view().token().name(),
                        issued.view().token().scopes(), caller.actor().name()))
                .map(Issued::from)
                .map(issued -> ResponseEntity.created(URI.create(BASE + "/" + issued.id()))
                        .cacheControl(CacheControl.noStore())
                        .body(issued));
    }

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listApiTokens", summary = "List tokens",
            description = "Every database token, newest first, revoked and expired ones included (see status). "
                    + "Never a secret. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The tokens.")
    Mono<TokenList> list(
            @Parameter(description = "Only this team's tokens.", example = "payments")
            @RequestParam(name = "team", required = false) String team) {
        return queries.list(team).map(Token::from).collectList().map(TokenList::new);
    }

    @GetMapping(path = BASE + ID, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getApiToken", summary = "Get a token",
            description = "One token: owner, scopes, status, expiry, last use, revocation. Needs the admin scope.")
    @ApiResponse(responseCode = "200", description = "The token.")
    Mono<Token> get(@Parameter(description = "The token's id.") @PathVariable("id") String id) {
        return Mono.fromSupplier(() -> ApiTokenId.of(id)).flatMap(queries::get).map(Token::from);
    }

    @PostMapping(path = BASE + ID + "/revoke", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "revokeApiToken", summary = "Revoke a token",
            description = "The token stops working at once on the instance that answers, and within a few seconds "
                    + "(the token cache's lifetime) on every other. Idempotent: revoking again answers the token "
                    + "unchanged, with the first revocation's time and actor. The record is kept. Needs the admin "
                    + "scope.")
    @ApiResponse(responseCode = "200", description = "The revoked token.")
    Mono<Token> revoke(
            @Parameter(description = "The token's id.") @PathVariable("id") String id,
            @Parameter(hidden = true) @AuthenticationPrincipal Caller caller) {
        return Mono.fromSupplier(() -> ApiTokenId.of(id))
                .flatMap(tokenId -> revoke.revoke(tokenId, caller.actor()))
                .doOnNext(view -> LOG.info("API token {} ({}/{}) revoked by {}", view.token().id(),
                        view.token().team(), view.token().name(), caller.actor().name()))
                .map(Token::from);
    }

    private static IssueApiTokenCommand toCommand(CreateApiTokenRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "a JSON object with name, team and scopes is required");
        }
        return new IssueApiTokenCommand(request.name(), request.team(), scopes(request.scopes()),
                expiresAt(request.expiresAt()), request.expiresInDays());
    }

    private static EnumSet<Scope> scopes(List<String> values) {
        var scopes = EnumSet.noneOf(Scope.class);
        if (values == null) {
            return scopes;
        }
        for (var i = 0; i < values.size(); i++) {
            var index = i;
            scopes.add(Scope.fromValue(values.get(i)).orElseThrow(() -> new InvalidValueException(
                    "scopes[" + index + "]", "must be one of " + Scope.allValues())));
        }
        return scopes;
    }

    private static java.time.Instant expiresAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expires_at",
                    "must be an ISO-8601 date-time with offset, such as 2026-12-31T23:59:59Z");
        }
    }
}
