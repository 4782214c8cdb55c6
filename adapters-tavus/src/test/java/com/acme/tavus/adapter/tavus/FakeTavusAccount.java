package com.acme.tavus.adapter.tavus;

import com.acme.tavus.adapter.tavus.testing.FakeResponse;
import com.acme.tavus.adapter.tavus.testing.FakeTavusServer;
import com.acme.tavus.adapter.tavus.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateful Tavus account behind {@link FakeTavusServer}, answering conversation, replica and
 * persona calls with the wire answers /work/shared/TAVUS_API.md documents: 200 on create with the
 * documented fields, a persona patch as 200, 304 (unchanged) or 422, an unknown id as 400 {@code {"error": "Invalid conversation_id"}}, lists as
 * {@code {"data": [...], "total_count": n}}, newest first, 10 per page by default, pages from 1.
 * It exists so the provider contracts can run against the HTTP adapter as they do against the
 * sandbox; the per-call wire details keep their own tests.
 */
final class FakeTavusAccount {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CREATED_AT = "2025-05-13T06:42:58.291561Z";
    private static final int DEFAULT_LIMIT = 10;

    private final AtomicLong sequence = new AtomicLong();
    private final Resources conversations = new Resources("conversation_id");
    private final Resources replicas = new Resources("replica_id");
    private final Resources personas = new Resources("persona_id");

    private FakeTavusAccount() {}

    /** Programs {@code server} (after a reset) as an account holding Tavus's stock replica and the example call. */
    static FakeTavusAccount on(FakeTavusServer server) {
        server.reset();
        var account = new FakeTavusAccount();
        account.replicas.put("re8e740a42", Map.of("replica_id", "re8e740a42", "replica_name", "Nathan",
                "status", "completed", "training_progress", "100/100", "created_at", CREATED_AT,
                "replica_type", "system"));
        account.conversations.put("c123456", Map.of("conversation_id", "c123456",
                "conversation_url", "https://tavus.daily.co/c123456", "status", "active", "replica_id", "r79e1c033f",
                "persona_id", "p5317866", "created_at", CREATED_AT));
        account.routeConversations(server);
        account.routeReplicas(server);
        account.routePersonas(server);
        return account;
    }

    private void routeConversations(FakeTavusServer server) {
        server.on("POST", "/v2/conversations", request -> {
            var body = json(request.body());
            var id = newId("c", 11);
            var stored = new LinkedHashMap<String, Object>();
            stored.put("conversation_id", id);
            stored.put("conversation_name", body.get("conversation_name"));
            stored.put("conversation_url", "https://tavus.daily.co/" + id);
            stored.put("status", Boolean.TRUE.equals(body.get("test_mode")) ? "ended" : "active");
            stored.put("callback_url", body.get("callback_url"));
            stored.put("created_at", CREATED_AT);
            var answer = new LinkedHashMap<>(stored); // the create answer names neither replica nor persona
            stored.put("replica_id", body.get("replica_id"));
            stored.put("persona_id", body.get("persona_id"));
            conversations.put(id, stored);
            return ok(answer);
        });
        server.on("GET", "/v2/conversations", request -> list(conversations, request,
                c -> request.queryParam("status") == null || request.queryParam("status").equals(c.get("status"))));
        server.on("GET", "/v2/conversations/[^/]+", request -> conversations.find(idIn(request), c -> ok(c)));
        server.on("POST", "/v2/conversations/[^/]+/end", request -> conversations.update(idIn(request),
                c -> with(c, "status", "ended")));
        server.on("DELETE", "/v2/conversations/[^/]+", request -> conversations.remove(idIn(request)));
    }

    private void routeReplicas(FakeTavusServer server) {
        server.on("POST", "/v2/replicas", request -> {
            var body = json(request.body());
            var id = newId("r", 10);
            var stored = new LinkedHashMap<String, Object>();
            stored.put("replica_id", id);
            stored.put("replica_name", body.get("replica_name"));
            stored.put("status", "started");
            stored.put("training_progress", "0/100");
            stored.put("created_at", CREATED_AT);
            stored.put("replica_type", "user");
            replicas.put(id, stored);
            return ok(Map.of("replica_id", id, "status", "started"));
        });
        server.on("GET", "/v2/replicas", request -> list(replicas, request, r -> true));
        server.on("GET", "/v2/replicas/[^/]+", request -> replicas.find(idIn(request),
                r -> ok("true".equals(request.queryParam("verbose")) ? r : with(r, "replica_type", null))));
        server.on("PATCH", "/v2/replicas/[^/]+/name", request -> replicas.update(idIn(request),
                r -> with(r, "replica_name", json(request.body()).get("replica_name"))));
        server.on("DELETE", "/v2/replicas/[^/]+", request -> replicas.remove(idIn(request)));
    }

    private void routePersonas(FakeTavusServer server) {
        server.on("POST", "/v2/personas", request -> {
            var stored = new LinkedHashMap<String, Object>(json(request.body()));
            var id = newId("p", 7);
            stored.put("persona_id", id);
            stored.put("created_at", CREATED_AT);
            personas.put(id, stored);
            return ok(stored);
        });
        server.on("GET", "/v2/personas", request -> list(personas, request, p -> true));
        server.on("GET", "/v2/personas/[^/]+", request -> personas.find(idIn(request), p -> ok(p)));
        server.on("PATCH", "/v2/personas/[^/]+", request -> personas.patch(idIn(request),
                JSON.readValue(request.body(), new TypeReference<List<Map<String, Object>>>() {})));
        server.on("DELETE", "/v2/personas/[^/]+", request -> personas.remove(idIn(request)));
    }

    private String newId(String prefix, int hexDigits) {
        var hex = HexFormat.of().toHexDigits(sequence.incrementAndGet());
        return prefix + hex.substring(hex.length() - hexDigits);
    }

    private static FakeResponse list(Resources resources, RecordedRequest request,
            Predicate<Map<String, Object>> filter) {
        var limit = request.queryParam("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(request.queryParam("limit"));
        var page = request.queryParam("page") == null ? 1 : Integer.parseInt(request.queryParam("page"));
        var matching = resources.newestFirst().stream().filter(filter).toList();
        var data = matching.stream().skip((long) (page - 1) * limit).limit(limit).toList();
        return ok(Map.of("data", data, "total_count", matching.size()));
    }

    /** The id in {@code /v2/<collection>/<id>[/...]}. */
    private static String idIn(RecordedRequest request) {
        return request.path().split("/")[3];
    }

    private static Map<String, Object> with(Map<String, Object> item, String field, Object value) {
        var copy = new LinkedHashMap<>(item);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    private static FakeResponse ok(Map<String, ?> body) {
        return FakeResponse.ok(JSON.writeValueAsString(body));
    }

    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, new TypeReference<Map<String, Object>>() {});
    }

    /** One collection of the account, in creation order; unknown ids answer as Tavus documents. */
    private static final class Resources {

        private final String idField;
        private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();

        Resources(String idField) {
            this.idField = idField;
        }

        synchronized void put(String id, Map<String, Object> item) {
            items.put(id, item);
        }

        synchronized List<Map<String, Object>> newestFirst() {
            return new ArrayList<>(items.values()).reversed();
        }

        synchronized FakeResponse find(String id, Function<Map<String, Object>, FakeResponse> answer) {
            var item = items.get(id);
            return item == null ? invalidId() : answer.apply(item);
        }

        synchronized FakeResponse update(String id, Function<Map<String, Object>, Map<String, Object>> change) {
            if (!items.containsKey(id)) {
                return invalidId();
            }
            items.put(id, change.apply(items.get(id)));
            return FakeResponse.status(200);
        }

        synchronized FakeResponse remove(String id) {
            return items.remove(id) == null ? invalidId() : FakeResponse.status(204);
        }

        /**
         * Applies {@code add}, {@code replace} and {@code test} on top-level fields, all or nothing:
         * 422 for a failed test or any other operation, 304 when nothing changed, else 200 without a body.
         */
        synchronized FakeResponse patch(String id, List<Map<String, Object>> operations) {
            var item = items.get(id);
            if (item == null) {
                return invalidId();
            }
            var patched = new LinkedHashMap<>(item);
            for (var operation : operations) {
                var field = String.valueOf(operation.get("path")).substring(1);
                var value = operation.get("value");
                switch (String.valueOf(operation.get("op"))) {
                    case "add", "replace" -> patched.put(field, value);
                    case "test" -> {
                        if (!Objects.equals(patched.get(field), value)) {
                            return FakeResponse.tavusError(422, "message", "Invalid JSON patch format");
                        }
                    }
                    default -> {
                        return FakeResponse.tavusError(422, "message", "Invalid JSON patch format");
                    }
                }
            }
            if (patched.equals(item)) {
                return FakeResponse.status(304);
            }
            items.put(id, patched);
            return FakeResponse.status(200);
        }

        private FakeResponse invalidId() {
            return FakeResponse.tavusError(400, "error", "Invalid " + idField);
        }
    }
}
