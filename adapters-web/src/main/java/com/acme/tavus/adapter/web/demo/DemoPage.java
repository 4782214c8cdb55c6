package com.acme.tavus.adapter.web.demo;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the demo page: {@code /tavus-api-calls/demo/} is its {@code index.html}, the files next
 * to it ({@code demo.js}, {@code demo.css}, ...) are served by name, and
 * {@code /tavus-api-calls/demo} redirects to the page. Public (GET and HEAD only): the page is
 * static and holds no token; the user pastes one and it stays in the browser.
 *
 * <p>The page runs under a strict Content-Security-Policy: scripts, styles and connections only
 * from this service (no inline script or style), frames only from this service (the sandbox call
 * page) and from Tavus's Daily rooms.
 */
@Configuration(proxyBeanMethods = false)
class DemoPage {

    static final String PATH = "/tavus-api-calls/demo";
    static final String ASSETS_FOLDER = "tavus-demo";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; frame-src 'self' https://*.daily.co https://*.tavus.io; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    @Bean
    RouterFunction<ServerResponse> demoPageRoutes() {
        var assets = StaticAssets.load(ASSETS_FOLDER);
        return RouterFunctions.route()
                .route(readOnly(PATH), request -> ServerResponse.permanentRedirect(URI.create(PATH + "/")).build())
                .route(readOnly(PATH + "/"),
                        request -> assets.page("index.html", CONTENT_SECURITY_POLICY, HttpHeaders.EMPTY))
                .route(readOnly(PATH + "/{file}"), request -> assets.serve(request.pathVariable("file")))
                .build();
    }

    static RequestPredicate readOnly(String path) {
        return RequestPredicates.path(path).and(RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD));
    }
}
