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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateful Tavus account behind {@link FakeTavusServer}, answering conversation, replica,
 * persona, guardrails, objectives and document calls with the wire answers /work/shared/TAVUS_API.md
 * documents: 200 on create with the documented fields, a JSON Patch as 200, 304 (unchanged) or 422,
 * an unknown id as 400 {@code {"error": "Invalid conversation_id"}} ({@code "message"} for guardrails
 * and objectives), lists as {@code {"data": [...], "total_count": n}}, newest first, 10 per page by
 * default, pages from 1. Documents follow §4: 404 {@code {"message": "Document not found"}}, lists
 * oldest first with pages from 0 echoing {@code page} and {@code limit}, recrawl as 202 with its
 * 400/409/429 refusals; a document stays {@code started} until {@link #finishDocumentProcessing()}.
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
    private final Resources guardrails = new Resources("guardrails_id", "message");
    private final Resources objectives = new Resources("objectives_id", "message");
    private final Resources documents = new Resources("document_id");
    /** The documents recrawled once: the next recrawl meets the one-hour cooldown. */
    private final Set<String> recrawled = ConcurrentHashMap.newKeySet();

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
        account.routeJsonPatchSets(server, "guardrails", account.guardrails, "g",
                body -> Map.of("guardrails_name", body.get("name")));
        account.routeJsonPatchSets(server, "objectives", account.objectives, "o",
                body -> Map.of("objective_name", firstObjectiveName(body)));
        account.routeDocuments(server);
        return account;
    }

    /** Every document being processed or crawled is {@code ready} from now on. */
    void finishDocumentProcessing() {
        documents.updateAll(d -> Set.of("started", "processing", "recrawling").contains(d.get("status"))
                ? with(d, "status", "ready") : d);
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

    /**
     * {@code /v2/guardrails} and {@code /v2/objectives} in the stored docs' set-based model (§5): the
     * create answer is the id, the set's name, {@code active} and {@code created_at}; reads answer the
     * whole set with its {@code data}.
     */
    private void routeJsonPatchSets(FakeTavusServer server, String collection, Resources sets, String idPrefix,
            Function<Map<String, Object>, Map<String, Object>> name) {
        var path = "/v2/" + collection;
        server.on("POST", path, request -> {
            var body = json(request.body());
            var id = newId(idPrefix, 10);
            var answer = new LinkedHashMap<String, Object>();
            answer.put(collection + "_id", id);
            answer.putAll(name.apply(body));
            answer.put("status", "active");
            answer.put("created_at", CREATED_AT);
            var stored = new LinkedHashMap<>(answer);
            stored.put("data", body.get("data"));
            sets.put(id, stored);
            return ok(answer);
        });
        server.on("GET", path, request -> list(sets, request, s -> true));
        server.on("GET", path + "/[^/]+", request -> sets.find(idIn(request), s -> ok(s)));
        server.on("PATCH", path + "/[^/]+", request -> sets.patch(idIn(request),
                JSON.readValue(request.body(), new TypeReference<List<Map<String, Object>>>() {})));
        server.on("DELETE", path + "/[^/]+", request -> sets.remove(idIn(request)));
    }

    private static Object firstObjectiveName(Map<String, Object> body) {
        return body.get("data") instanceof List<?> items && !items.isEmpty() && items.getFirst() instanceof Map<?, ?> first
                ? first.get("objective_name") : null;
    }

    /** {@code /v2/documents} (§4). */
    private void routeDocuments(FakeTavusServer server) {
        server.on("POST", "/v2/documents", request -> {
            var body = json(request.body());
            var id = newId("d1-", 12);
            var stored = new LinkedHashMap<String, Object>();
            stored.put("document_id", id);
            stored.put("document_name", body.getOrDefault("document_name", "Document " + id));
            stored.put("document_url", body.get("document_url"));
            stored.put("status", "started");
            stored.put("progress", null);
            stored.put("created_at", CREATED_AT);
            stored.put("updated_at", CREATED_AT);
            stored.put("callback_url", body.get("callback_url"));
            stored.put("tags", body.getOrDefault("tags", List.of()));
            stored.put("crawl_config", body.get("crawl"));
            stored.put("crawled_urls", null);
            stored.put("last_crawled_at", body.get("crawl") == null ? null : CREATED_AT);
            stored.put("crawl_count", body.get("crawl") == null ? null : 1);
            documents.put(id, stored);
            return ok(stored);
        });
        server.on("GET", "/v2/documents", this::listDocuments);
        server.on("GET", "/v2/documents/[^/]+", request -> documents.findOr404(idIn(request), "message", d -> ok(d)));
        server.on("PATCH", "/v2/documents/[^/]+", request -> documents.findOr404(idIn(request), "message", d -> {
            var changed = new LinkedHashMap<>(d);
            var body = json(request.body());
            body.keySet().retainAll(Set.of("document_name", "tags"));
            changed.putAll(body);
            documents.put(idIn(request), changed);
            return ok(changed);
        }));
        server.on("DELETE", "/v2/documents/[^/]+", request -> documents.findOr404(idIn(request), "error", d -> {
            documents.remove(idIn(request));
            return FakeResponse.status(204);
        }));
        server.on("POST", "/v2/documents/[^/]+/recrawl", request -> documents.findOr404(idIn(request), "message",
                d -> recrawl(idIn(request), d, request.body().isBlank() ? Map.of() : json(request.body()))));
    }

    private FakeResponse recrawl(String id, Map<String, Object> document, Map<String, Object> body) {
        var crawl = body.get("crawl") != null ? body.get("crawl") : document.get("crawl_config");
        if (crawl == null) {
            return FakeResponse.tavusError(400, "error", "Document was not created with crawl configuration");
        }
        var status = String.valueOf(document.get("status"));
        if (!status.equals("ready") && !status.equals("error")) {
            return FakeResponse.tavusError(409, "error",
                    "Document must be in 'ready' or 'error' state to recrawl, current status: " + status);
        }
        if (!recrawled.add(id)) {
            return FakeResponse.tavusError(429, "error",
                    "Recrawl cooldown: please wait 59 minutes before recrawling this document.");
        }
        var recrawling = new LinkedHashMap<>(document);
        recrawling.put("status", "recrawling");
        recrawling.put("crawl_config", crawl);
        recrawling.put("crawl_count", document.get("crawl_count") instanceof Number n ? n.intValue() + 1 : 1);
        recrawling.put("last_crawled_at", CREATED_AT);
        documents.put(id, recrawling);
        return FakeResponse.json(202, JSON.writeValueAsString(recrawling));
    }

    private FakeResponse listDocuments(RecordedRequest request) {
        var limit = request.queryParam("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(request.queryParam("limit"));
        var page = request.queryParam("page") == null ? 0 : Integer.parseInt(request.queryParam("page"));
        var tags = request.queryParam("tags") == null ? null : List.of(request.queryParam("tags").split(","));
        var all = documents.newestFirst();
        var ordered = "descending".equals(request.queryParam("sort")) ? all : all.reversed();
        var matching = ordered.stream()
                .filter(d -> request.queryParam("status") == null || request.queryParam("status").equals(d.get("status")))
                .filter(d -> tags == null || d.get("tags") instanceof List<?> own && own.stream().anyMatch(tags::contains))
                .toList();
        var data = matching.stream().skip((long) page * limit).limit(limit).toList();
        return ok(Map.of("data", data, "total_count", matching.size(), "page", page, "limit", limit));
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
        private final String errorKey;
        private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();

        Resources(String idField) {
            this(idField, "error");
        }

        Resources(String idField, String errorKey) {
            this.idField = idField;
            this.errorKey = errorKey;
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

        /** Like {@link #find}, but an unknown id is 404 {@code "Document not found"} under {@code key}. */
        synchronized FakeResponse findOr404(String id, String key, Function<Map<String, Object>, FakeResponse> answer) {
            var item = items.get(id);
            return item == null ? FakeResponse.tavusError(404, key, "Document not found") : answer.apply(item);
        }

        synchronized void updateAll(UnaryOperator<Map<String, Object>> change) {
            items.replaceAll((id, item) -> change.apply(item));
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
            return FakeResponse.tavusError(400, errorKey, "Invalid " + idField);
        }
    }
}
