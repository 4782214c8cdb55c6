package com.acme.tavus.adapter.web.error;

import com.acme.tavus.application.idempotency.IdempotencyKeyInUse;
import com.acme.tavus.application.idempotency.IdempotencyKeyReused;
import com.acme.tavus.adapter.web.edge.RequestIdFilter;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.ProviderException;
import com.acme.tavus.domain.shared.DomainException;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.CodecException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Decides what a client is told about a failure. The single place that knows the error vocabulary,
 * so that the controller advice and the web exception handler answer identically.
 *
 * <p>Rules: messages name the offending field by its JSON name; messages of domain, not-found and
 * provider exceptions are written for clients and are passed on; anything else is reduced to a
 * fixed text, so no exception class, stack frame or provider detail ever reaches a client.
 */
final class ApiErrors {

    static final String NOT_JSON = "Request body is not valid JSON";
    static final String TOO_LARGE = "Request body is too large";
    static final Duration DEFAULT_UNAVAILABLE_RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final int MAX_PATH_IN_MESSAGE = 200;

    private ApiErrors() {}

    /** The answer for {@code error}, raised while serving {@code request}. */
    static ApiError translate(Throwable error, ServerHttpRequest request) {
        return switch (error) {
            case DomainException e -> ApiError.of(HttpStatus.BAD_REQUEST, e.getMessage());
            case NotFoundException e -> ApiError.of(HttpStatus.NOT_FOUND, e.getMessage());
            case ProviderException e -> provider(e);
            case IdempotencyKeyReused e -> ApiError.of(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            case IdempotencyKeyInUse e -> ApiError.of(HttpStatus.CONFLICT, e.getMessage()).retryAfter(e.retryAfter());
            case WebExchangeBindException e -> ApiError.of(HttpStatus.BAD_REQUEST, bindingMessage(e));
            case HandlerMethodValidationException e -> ApiError.of(HttpStatus.BAD_REQUEST, methodValidationMessage(e));
            case MethodNotAllowedException e -> methodNotAllowed(e, request);
            case UnsupportedMediaTypeStatusException e -> unsupportedMediaType(e);
            case NotAcceptableStatusException e -> ApiError.of(HttpStatus.NOT_ACCEPTABLE,
                    "This route only produces " + MediaType.APPLICATION_JSON_VALUE);
            case ServerWebInputException e -> input(e);
            case DataBufferLimitException e -> body(e);
            case DecodingException e -> body(e);
            case JacksonException e -> body(e);
            case ResponseStatusException e -> responseStatus(e, request);
            case AuthenticationServiceException e -> new ApiError(HttpStatus.SERVICE_UNAVAILABLE,
                    "The API token could not be checked right now; try again", null, true)
                    .retryAfter(DEFAULT_UNAVAILABLE_RETRY);
            case AuthenticationException e -> ApiError.of(HttpStatus.UNAUTHORIZED, ErrorResponses.UNAUTHENTICATED);
            case AccessDeniedException e -> ApiError.of(HttpStatus.FORBIDDEN, "This API token may not do that");
            default -> ApiError.internal();
        };
    }

    /**
     * Logs what the operators need: unexpected failures once with their stack trace, provider
     * outages as one line. Client mistakes are not logged above DEBUG; they are the client's news.
     * Every line starts with the request's id ({@code [request 3f2c...]}), the one the client got
     * in {@code X-Request-Id}, so a client's report leads straight to the line.
     */
    static void log(ApiError answer, Throwable error, ServerWebExchange exchange) {
        var request = exchange.getRequest();
        var id = RequestIdFilter.of(exchange);
        if (answer.unexpected()) {
            LOG.error("[request {}] Unexpected error answering {} {}", id, request.getMethod(), request.getPath().value(),
                    error);
        } else if (answer.status().is5xxServerError()) {
            LOG.warn("[request {}] {} {} failed with {}: {}", id, request.getMethod(), request.getPath().value(),
                    answer.status().value(), answer.message());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("[request {}] {} {} answered {}: {}", id, request.getMethod(), request.getPath().value(),
                    answer.status().value(), answer.message());
        }
    }

    private static ApiError provider(ProviderException error) {
        return switch (error) {
            case ProviderException.Rejected e ->
                    ApiError.of(HttpStatus.BAD_REQUEST, messageOr(e, "Tavus rejected the request"));
            case ProviderException.Conflict e ->
                    ApiError.of(HttpStatus.CONFLICT, messageOr(e, "The request conflicts with the current state on Tavus"));
            case ProviderException.RateLimited e -> {
                var answer = ApiError.of(HttpStatus.TOO_MANY_REQUESTS, messageOr(e, "Too many requests to Tavus"));
                yield e.retryAfter().map(answer::retryAfter).orElse(answer);
            }
            case ProviderException.BadGateway e ->
                    ApiError.of(HttpStatus.BAD_GATEWAY, messageOr(e, "Tavus returned an invalid answer"));
            case ProviderException.Unavailable e ->
                    ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, messageOr(e, "Tavus is unavailable"))
                            .retryAfter(e.retryAfter().orElse(DEFAULT_UNAVAILABLE_RETRY));
            case ProviderException.Timeout e ->
                    ApiError.of(HttpStatus.GATEWAY_TIMEOUT, messageOr(e, "Tavus did not answer in time"));
        };
    }

    private static String messageOr(Throwable error, String fallback) {
        var message = error.getMessage();
        return message == null || message.isBlank() ? fallback : message;
    }

    private static String bindingMessage(WebExchangeBindException error) {
        var target = error.getBindingResult().getTarget();
        var root = target != null ? target.getClass() : parameterType(error.getMethodParameter());
        return join(Stream.concat(
                error.getFieldErrors().stream().map(f -> fieldMessage(root, "", f)),
                error.getGlobalErrors().stream().map(ObjectError::getDefaultMessage)));
    }

    private static String methodValidationMessage(HandlerMethodValidationException error) {
        var messages = error.getParameterValidationResults().stream().flatMap(result -> {
            if (result instanceof ParameterErrors errors) {
                var argument = errors.getArgument();
                var root = argument != null ? argument.getClass() : parameterType(result.getMethodParameter());
                return Stream.concat(
                        errors.getFieldErrors().stream().map(f -> fieldMessage(root, "", f)),
                        errors.getGlobalErrors().stream().map(ObjectError::getDefaultMessage));
            }
            var name = parameterName(result.getMethodParameter()) + containerSuffix(result);
            return result.getResolvableErrors().stream()
                    .map(MessageSourceResolvable::getDefaultMessage)
                    .map(message -> name + ": " + message);
        });
        var crossParameter = error.getCrossParameterValidationResults().stream()
                .map(MessageSourceResolvable::getDefaultMessage);
        return join(Stream.concat(messages, crossParameter));
    }

    private static String containerSuffix(ParameterValidationResult result) {
        if (result.getContainerIndex() != null) {
            return "[" + result.getContainerIndex() + "]";
        }
        return result.getContainerKey() != null ? "[" + result.getContainerKey() + "]" : "";
    }

    private static String fieldMessage(Class<?> root, String prefix, FieldError error) {
        return prefix + JsonFieldNames.toJsonPath(root, error.getField()) + ": " + error.getDefaultMessage();
    }

    /** Several problems in a stable order, so clients (and tests) see the same text every time. */
    private static String join(Stream<String> messages) {
        var sorted = messages.filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        return sorted.isEmpty() ? "The request is not valid" : String.join("; ", sorted);
    }

    private static ApiError methodNotAllowed(MethodNotAllowedException error, ServerHttpRequest request) {
        var allowed = error.getSupportedMethods().stream().map(Object::toString).sorted().toList();
        var headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        var message = "Method " + request.getMethod() + " is not allowed for " + shortPath(request)
                + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
        return new ApiError(HttpStatus.METHOD_NOT_ALLOWED, message, headers, false);
    }

    private static ApiError unsupportedMediaType(UnsupportedMediaTypeStatusException error) {
        var given = error.getContentType() == null ? "none" : error.getContentType().toString();
        var supported = error.getSupportedMediaTypes().isEmpty()
                ? MediaType.APPLICATION_JSON_VALUE
                : error.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        var headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        return new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + given + " is not supported; send " + supported, headers, false);
    }

    private static ApiError input(ServerWebInputException error) {
        if (error instanceof MissingRequestValueException missing) {
            return ApiError.of(HttpStatus.BAD_REQUEST, missing.getName() + ": is required");
        }
        if ("No request body".equals(error.getReason())) {
            return ApiError.of(HttpStatus.BAD_REQUEST, "Request body is required");
        }
        var cause = error.getCause();
        if (cause instanceof TypeMismatchException mismatch) {
            var name = parameterName(error.getMethodParameter());
            return ApiError.of(HttpStatus.BAD_REQUEST, name + ": expected " + describe(mismatch.getRequiredType()));
        }
        if (cause != null) {
            return body(cause);
        }
        return ApiError.of(HttpStatus.BAD_REQUEST, error.getReason() == null ? "Bad request" : error.getReason());
    }

    /** A request body that could not be read: find Jackson's own explanation in the cause chain. */
    private static ApiError body(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException) {
                return ApiError.of(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE);
            }
            if (cause instanceof DomainException domain) {
                return ApiError.of(HttpStatus.BAD_REQUEST, domain.getMessage());
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return ApiError.of(HttpStatus.BAD_REQUEST, typeMessage(mismatch, mismatch.getTargetType()));
            }
            if (cause instanceof InputCoercionException outOfRange) {
                return ApiError.of(HttpStatus.BAD_REQUEST, typeMessage(outOfRange, outOfRange.getTargetType()));
            }
            if (cause instanceof JacksonException) {
                return ApiError.of(HttpStatus.BAD_REQUEST, NOT_JSON);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        // A CodecException that is not a DecodingException means the server cannot decode its own type.
        if (error instanceof CodecException && !(error instanceof DecodingException)) {
            return ApiError.internal();
        }
        return ApiError.of(HttpStatus.BAD_REQUEST, NOT_JSON);
    }

    /** A JSON value of the wrong type (or out of range) at a known place in the body. */
    private static String typeMessage(JacksonException error, Class<?> targetType) {
        var path = jsonPath(error.getPath());
        if (path.isEmpty()) {
            return "Request body must be a single JSON object";
        }
        return path + ": expected " + describe(targetType);
    }

    private static String jsonPath(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "a boolean", "an integer", "one of speed, quality, balanced": what a field of {@code type} accepts. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (Stream.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class,
                java.math.BigInteger.class).anyMatch(type::equals)) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> enumWireName((Enum<?>) constant))
                    .collect(Collectors.joining(", "));
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "an object";
        }
        return "a valid value";
    }

    private static String enumWireName(Enum<?> constant) {
        try {
            var property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty() ? property.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static ApiError responseStatus(ResponseStatusException error, ServerHttpRequest request) {
        var status = error.getStatusCode();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return ApiError.of(status, "No route for " + request.getMethod() + " " + shortPath(request));
        }
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return ApiError.of(status, TOO_LARGE);
        }
        if (status.is5xxServerError()) {
            return new ApiError(status, ApiError.INTERNAL_ERROR, null, true);
        }
        var reason = error.getReason();
        var resolved = HttpStatus.resolve(status.value());
        var fallback = resolved != null ? resolved.getReasonPhrase() : "Request failed";
        var headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        return new ApiError(status, reason == null || reason.isBlank() ? fallback : reason, headers, false);
    }

    private static String shortPath(ServerHttpRequest request) {
        var path = request.getPath().value();
        return path.length() <= MAX_PATH_IN_MESSAGE ? path : path.substring(0, MAX_PATH_IN_MESSAGE) + "...";
    }

    /** The name the client used for a query, path or header parameter. */
    private static String parameterName(MethodParameter parameter) {
        if (parameter == null) {
            return "parameter";
        }
        var requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null) {
            return firstNonEmpty(requestParam.name(), requestParam.value(), parameter);
        }
        var pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null) {
            return firstNonEmpty(pathVariable.name(), pathVariable.value(), parameter);
        }
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null) {
            return firstNonEmpty(header.name(), header.value(), parameter);
        }
        return javaParameterName(parameter);
    }

    private static String firstNonEmpty(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        return value.isEmpty() ? javaParameterName(parameter) : value;
    }

    private static String javaParameterName(MethodParameter parameter) {
        var name = parameter.getParameterName();
        return name == null ? "parameter" : JsonFieldNames.snakeCase(name);
    }

    private static Class<?> parameterType(MethodParameter parameter) {
        return parameter == null ? Object.class : parameter.getParameterType();
    }
}
