package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.shared.DomainException;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What an admin is told about a failure, by the API's rule (ADR 0005): messages of domain,
 * not-found and provider exceptions are written for people and are shown; anything else becomes a
 * fixed text and is logged, so no exception class or provider internals reach a page.
 */
final class AdminErrors {

    static final String UNEXPECTED = "Something went wrong on the server; it has been logged.";
    /** The key of errors about the whole form rather than one field (Django's name for it). */
    static final String NON_FIELD = "__all__";

    private static final Logger LOG = LoggerFactory.getLogger(AdminErrors.class);

    private AdminErrors() {}

    /** A message safe to show for {@code error}. */
    static String describe(Throwable error) {
        return switch (error) {
            case DomainException e -> e.getMessage();
            case NotFoundException e -> e.getMessage();
            case ProviderException e -> e.getMessage();
            case AdminForbidden e -> e.getMessage();
            default -> {
                LOG.error("Admin site failure", error);
                yield UNEXPECTED;
            }
        };
    }

    static HttpStatus status(Throwable error) {
        return switch (error) {
            case DomainException e -> HttpStatus.BAD_REQUEST;
            case NotFoundException e -> HttpStatus.NOT_FOUND;
            case AdminForbidden e -> HttpStatus.FORBIDDEN;
            case ProviderException.Rejected e -> HttpStatus.BAD_REQUEST;
            case ProviderException.Conflict e -> HttpStatus.CONFLICT;
            case ProviderException.RateLimited e -> HttpStatus.TOO_MANY_REQUESTS;
            case ProviderException.Unavailable e -> HttpStatus.SERVICE_UNAVAILABLE;
            case ProviderException.Timeout e -> HttpStatus.GATEWAY_TIMEOUT;
            case ProviderException e -> HttpStatus.BAD_GATEWAY;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    /** True for failures that a form shows next to its fields instead of an error page. */
    static boolean belongsOnTheForm(Throwable error) {
        return error instanceof FormRejected || error instanceof DomainException
                || error instanceof ProviderException.Rejected || error instanceof ProviderException.Conflict
                || error instanceof ProviderException.RateLimited;
    }

    /**
     * Splits a save's failure into field errors (keys are form fields) and errors for the whole form
     * (key {@link #NON_FIELD}). A domain message names its field first ({@code email: ...}): the field
     * name is dropped when the message is shown next to that field. Dotted names map to the form's
     * underscored ones ({@code crawl.depth} to {@code crawl_depth}).
     */
    static Map<String, List<String>> formErrors(Throwable error, Set<String> formFields) {
        var errors = new LinkedHashMap<String, List<String>>();
        switch (error) {
            case FormRejected rejected -> rejected.errors().forEach((field, messages) ->
                    errors.computeIfAbsent(formFields.contains(field) ? field : NON_FIELD, k -> new ArrayList<>())
                            .addAll(messages));
            case InvalidValueException invalid -> {
                var field = invalid.field().replace('.', '_');
                var prefix = invalid.field() + ": ";
                var message = invalid.getMessage().startsWith(prefix)
                        ? capitalised(invalid.getMessage().substring(prefix.length())) : invalid.getMessage();
                if (formFields.contains(field)) {
                    errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
                } else {
                    errors.computeIfAbsent(NON_FIELD, k -> new ArrayList<>()).add(invalid.getMessage());
                }
            }
            case ProviderException.Rejected rejected when rejected.field().isPresent()
                    && formFields.contains(rejected.field().get()) ->
                    errors.computeIfAbsent(rejected.field().get(), k -> new ArrayList<>()).add(rejected.getMessage());
            default -> errors.computeIfAbsent(NON_FIELD, k -> new ArrayList<>()).add(describe(error));
        }
        return errors;
    }

    private static String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        var sentence = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }
}
