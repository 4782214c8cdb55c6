package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.Message;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One-time messages shown on the next page an admin sees ("The persona was changed successfully."),
 * kept in the session between a POST and the page it redirects to (Django's messages framework).
 */
public final class AdminMessages {

    static final String ATTRIBUTE = "admin.messages";
    /** A session holds a few at most; more would only mean nobody is reading them. */
    static final int MAX = 20;

    private AdminMessages() {}

    public static Mono<Void> success(ServerWebExchange exchange, String text) {
        return add(exchange, "success", text);
    }

    public static Mono<Void> warning(ServerWebExchange exchange, String text) {
        return add(exchange, "warning", text);
    }

    public static Mono<Void> error(ServerWebExchange exchange, String text) {
        return add(exchange, "error", text);
    }

    static Mono<Void> add(ServerWebExchange exchange, String level, String text) {
        return exchange.getSession().doOnNext(session -> {
            synchronized (session) {
                List<Message> pending = session.getAttributeOrDefault(ATTRIBUTE, new ArrayList<>());
                var copy = new ArrayList<>(pending);
                if (copy.size() < MAX) {
                    copy.add(new Message(level, text));
                }
                session.getAttributes().put(ATTRIBUTE, copy);
            }
        }).then();
    }

    /** The pending messages, now removed from the session. */
    static Mono<List<Message>> take(ServerWebExchange exchange) {
        return exchange.getSession().map(session -> {
            synchronized (session) {
                List<Message> pending = session.getAttributeOrDefault(ATTRIBUTE, List.of());
                session.getAttributes().remove(ATTRIBUTE);
                return List.copyOf(pending);
            }
        });
    }
}
