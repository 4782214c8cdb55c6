package com.acme.tavus.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.bootstrap.e2e.SandboxApplicationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.handler.AbstractUrlHandlerMapping;
import org.springframework.web.reactive.result.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Derives every route from the running application (annotated controllers, actuator and springdoc
 * endpoints, functional routes, static resource handlers), calls each without a token, and fails
 * when one answers anything but 401 unless it is on the explicit public allowlist below. The admin
 * site's routes are held to their own rule (a redirect to its login page, or 403), since they are
 * protected by a session rather than a token.
 *
 * <p>The allowlist is written out here on purpose rather than read from the security
 * configuration: making a route public must be a visible change in two places. It mirrors
 * {@code ApiSecurityConfiguration}'s public paths, including planned ones (the demo page shell, the
 * sandbox call page, the admin login page) so adding them needs no change here.
 *
 * <p>The admin site ({@code /admin/**}) signs in with a session, not a token: there, without a
 * session, a page must redirect to the login page and a form post must be refused (403, no CSRF
 * token), never answered.
 */
@SandboxApplicationTest
class RouteInventoryTest {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    /** Method (or {@code *} for any) and path pattern reachable without a token. */
    private record Public(String method, PathPattern path) {
        static Public of(String method, String path) {
            return new Public(method, PARSER.parse(path));
        }

        boolean allows(Route route) {
            return (method.equals("*") || method.equals(route.method().name()))
                    && path.matches(org.springframework.http.server.PathContainer.parsePath(route.probe()));
        }
    }

    private static final List<Public> ALLOWLIST = List.of(
            Public.of("GET", "/actuator/health"), Public.of("GET", "/actuator/health/**"),
            Public.of("GET", "/actuator/info"),
            Public.of("GET", "/v3/api-docs"), Public.of("GET", "/v3/api-docs/**"),
            Public.of("GET", "/swagger-ui.html"), Public.of("GET", "/swagger-ui/**"), Public.of("GET", "/webjars/**"),
            Public.of("POST", "/api/v1/tavus/callback"),
            Public.of("GET", "/tavus-api-calls/demo/**"), Public.of("HEAD", "/tavus-api-calls/demo/**"),
            Public.of("GET", "/sandbox/calls/**"), Public.of("HEAD", "/sandbox/calls/**"),
            Public.of("*", "/admin/login"), Public.of("GET", "/admin/static/**"));

    private static final PathPattern ADMIN_AREA = PARSER.parse("/admin/**");

    /** Sample values for path variables: ids that pass the safe-id rule, so only security can refuse. */
    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?[^}]+}");

    private record Route(HttpMethod method, String pattern, String probe) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    WebTestClient http;

    @Test
    void everyRouteNotOnTheAllowlist_answers401WithoutAToken() {
        var routes = inventory();
        assertThat(routes).as("the inventory finds the application's routes")
                .extracting(Route::toString)
                .contains("POST /tavus-api-calls/conversations/", "DELETE /tavus-api-calls/replicas/{replica_id}/delete/",
                        "POST /api/v1/tavus/callback", "GET /actuator/info", "GET /v3/api-docs", "GET /webjars/**");
        assertThat(routes).hasSizeGreaterThan(50);

        var open = new TreeSet<String>();
        for (var route : routes) {
            if (ALLOWLIST.stream().anyMatch(allowed -> allowed.allows(route))) {
                continue;
            }
            var result = call(route);
            var status = result.getStatus().value();
            var refused = isAdminArea(route) ? refusedByTheAdminSite(route, result) : status == 401;
            if (!refused) {
                open.add(route + " (probed as " + route.probe() + ") answered " + status);
            }
        }
        assertThat(open).as("routes reachable without a token that are not on the public allowlist").isEmpty();
    }

    @Test
    void theProbeItselfWorks_aPublicRouteIsNotRefused() {
        var health = new Route(HttpMethod.GET, "/actuator/health", "/actuator/health");
        assertThat(call(health).getStatus().value()).isEqualTo(200);
    }

    private static boolean isAdminArea(Route route) {
        return ADMIN_AREA.matches(org.springframework.http.server.PathContainer.parsePath(route.probe()));
    }

    /** Without a session: pages redirect to the login page, anything else is refused. */
    private static boolean refusedByTheAdminSite(Route route, EntityExchangeResult<byte[]> result) {
        if (route.method() == HttpMethod.GET || route.method() == HttpMethod.HEAD) {
            var location = result.getResponseHeaders().getLocation();
            return result.getStatus().value() == 302 && location != null
                    && location.getPath().equals("/admin/login");
        }
        return result.getStatus().value() == 403;
    }

    private EntityExchangeResult<byte[]> call(Route route) {
        var request = http.method(route.method()).uri(route.probe());
        var spec = route.method() == HttpMethod.GET || route.method() == HttpMethod.HEAD
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
        return spec.exchange().expectBody().returnResult();
    }

    /** Every (method, pattern) the application serves, with a concrete path to probe it by. */
    private List<Route> inventory() {
        var routes = new ArrayList<Route>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> {
                    var methods = info.getMethodsCondition().getMethods().isEmpty()
                            ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET,
                                    org.springframework.web.bind.annotation.RequestMethod.POST)
                            : info.getMethodsCondition().getMethods();
                    info.getPatternsCondition().getPatterns().forEach(pattern -> methods.forEach(method ->
                            routes.add(route(method.asHttpMethod(), pattern.getPatternString()))));
                }));
        context.getBeansOfType(AbstractUrlHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMap().keySet().forEach(pattern -> {
                    routes.add(route(HttpMethod.GET, pattern.getPatternString()));
                    routes.add(route(HttpMethod.POST, pattern.getPatternString()));
                }));
        context.getBeansOfType(RouterFunctionMapping.class).values().forEach(mapping -> {
            if (mapping.getRouterFunction() != null) {
                mapping.getRouterFunction().accept(new PredicateVisitor(routes));
            }
        });
        return routes.stream().distinct().toList();
    }

    private static Route route(HttpMethod method, String pattern) {
        var probe = VARIABLE.matcher(pattern).replaceAll("c123456")
                .replace("/**", "/route-inventory-probe")
                .replace("*", "route-inventory-probe");
        return new Route(method, pattern, probe.isEmpty() ? "/" : probe);
    }

    /** Collects the path and method predicates of functional routes (none today; springdoc may add some). */
    private static final class PredicateVisitor implements RouterFunctions.Visitor,
            org.springframework.web.reactive.function.server.RequestPredicates.Visitor {

        private final List<Route> routes;
        private final List<String> paths = new ArrayList<>();
        private final List<HttpMethod> methods = new ArrayList<>();

        PredicateVisitor(List<Route> routes) {
            this.routes = routes;
        }

        @Override
        public void route(org.springframework.web.reactive.function.server.RequestPredicate predicate,
                org.springframework.web.reactive.function.server.HandlerFunction<?> handlerFunction) {
            paths.clear();
            methods.clear();
            predicate.accept(this);
            var verbs = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST) : List.copyOf(methods);
            paths.forEach(path -> verbs.forEach(verb -> routes.add(RouteInventoryTest.route(verb, path))));
        }

        @Override
        public void method(Set<HttpMethod> httpMethods) {
            methods.addAll(httpMethods);
        }

        @Override
        public void path(String pattern) {
            paths.add(pattern);
        }

        @Override
        public void startNested(org.springframework.web.reactive.function.server.RequestPredicate predicate) {}

        @Override
        public void endNested(org.springframework.web.reactive.function.server.RequestPredicate predicate) {}

        @Override
        public void resources(java.util.function.Function<org.springframework.web.reactive.function.server.ServerRequest,
                reactor.core.publisher.Mono<org.springframework.core.io.Resource>> lookupFunction) {}

        @Override
        public void attributes(java.util.Map<String, Object> attributes) {}

        @Override
        public void unknown(org.springframework.web.reactive.function.server.RouterFunction<?> routerFunction) {}

        @Override
        public void pathExtension(String extension) {}

        @Override
        public void header(String name, String value) {}

        @Override
        public void queryParam(String name, String value) {}

        @Override
        public void version(String version) {}

        @Override
        public void startAnd() {}

        @Override
        public void and() {}

        @Override
        public void endAnd() {}

        @Override
        public void startOr() {}

        @Override
        public void or() {}

        @Override
        public void endOr() {}

        @Override
        public void startNegate() {}

        @Override
        public void endNegate() {}

        @Override
        public void unknown(org.springframework.web.reactive.function.server.RequestPredicate predicate) {}
    }
}
