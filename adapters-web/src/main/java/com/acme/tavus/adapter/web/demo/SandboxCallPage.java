package com.acme.tavus.adapter.web.demo;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The page a sandbox conversation's {@code conversation_url} opens
 * ({@code <BACKEND_URL>/sandbox/calls/<conversation_id>}): there is no Daily room behind a sandbox
 * call, so the platform shows a stand-in: the conversation id, a simulated replica, a note that
 * this is the sandbox and a "Leave call" button that asks the framing demo page to end the
 * conversation. It holds no secret and calls no API, so it is public.
 *
 * <p>Not a component: only sandbox mode has such calls, so bootstrap declares {@link #routes()}
 * as a bean in sandbox mode only. The page may be framed by this service's own pages (the demo)
 * and by no one else.
 */
public final class SandboxCallPage {

    public static final String PATH = "/sandbox/calls";
    static final String ASSETS_FOLDER = "tavus-sandbox-call";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; media-src 'self' blob: mediastream:; "
            + "frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";
    private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private SandboxCallPage() {}

    /** {@code GET /sandbox/calls/{conversation_id}} (with or without a trailing slash). */
    public static RouterFunction<ServerResponse> routes() {
        var assets = StaticAssets.load(ASSETS_FOLDER);
        var headers = new HttpHeaders();
        headers.set("X-Frame-Options", "SAMEORIGIN"); // set here, so the security chain's DENY is not added
        return RouterFunctions.route()
                .route(DemoPage.readOnly(PATH + "/{conversation_id}")
                                .or(DemoPage.readOnly(PATH + "/{conversation_id}/")),
                        request -> CONVERSATION_ID.matcher(request.pathVariable("conversation_id")).matches()
                                ? assets.page("call.html", CONTENT_SECURITY_POLICY, headers)
                                : Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .build();
    }
}
