package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.AdminField;
import com.acme.tavus.adapter.web.admin.AdminUrls;
import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.adapter.web.admin.Choice;
import com.acme.tavus.adapter.web.admin.DateRange;
import com.acme.tavus.adapter.web.admin.ListFilter;
import com.acme.tavus.adapter.web.admin.ModelAdmin;
import com.acme.tavus.application.audit.port.in.AuditQueries;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.domain.audit.AuditEntry;
import com.acme.tavus.domain.audit.AuditFilter;
import com.acme.tavus.domain.shared.Page;
import com.acme.tavus.domain.shared.PageRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The audit trail ({@code audit_log}): one entry per mutating request, read-only, newest first (the
 * only order the trail is kept in, so no column sorts). Search is exact, on the indexed kind of
 * values people paste: a resource id, a request id or an actor.
 *
 * <p>An entry has no id of its own outside the database, so the admin site addresses it by its time
 * (in microseconds, as stored) and request id together.
 */
@Component
class AuditLogAdmin extends ModelAdmin<AuditEntry> {

    static final String SLUG = "audit-log";

    private static final Pattern ID = Pattern.compile("(\\d{1,19})-(.+)");
    private static final Map<String, Integer> STATUS_CLASSES = Map.of("2xx", 2, "3xx", 3, "4xx", 4, "5xx", 5);

    private final AuditQueries audit;
    private final List<AdminField<AuditEntry>> fields = List.of(
            AdminField.time("occurred_at", "Time", AuditEntry::at),
            AdminField.<AuditEntry>link("actor", "Actor", AuditEntry::actor,
                    e -> AdminUrls.changeList(SLUG, Map.of("actor", e.actor())))
                    .help("The API token (team/name), admin:<username>, callback, or anonymous when refused before "
                            + "anyone was identified."),
            AdminField.<AuditEntry>text("method", "Method", AuditEntry::method),
            AdminField.<AuditEntry>text("route", "Route", AuditEntry::route),
            AdminField.<AuditEntry>text("resource_id", "Resource ID", AuditEntry::resourceId),
            AdminField.<AuditEntry>text("status", "Status", AuditEntry::status),
            AdminField.<AuditEntry>text("upstream_status", "Upstream status", AuditEntry::upstreamStatus)
                    .help("Tavus's own answer, when the request reached Tavus."),
            AdminField.<AuditEntry>text("latency_ms", "Latency (ms)", AuditEntry::latencyMillis),
            AdminField.<AuditEntry>text("request_id", "Request ID", AuditEntry::requestId));

    AuditLogAdmin(AuditQueries audit) {
        super("Security", SLUG, "audit log entry", "audit log entries");
        this.audit = audit;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public List<AdminField<AuditEntry>> fields() {
        return fields;
    }

    @Override
    public List<String> listDisplay() {
        return List.of("occurred_at", "actor", "method", "route", "resource_id", "status", "upstream_status",
                "latency_ms", "request_id");
    }

    @Override
    public List<String> searchFields() {
        return List.of("resource_id", "request_id", "actor");
    }

    @Override
    public List<ListFilter> listFilters() {
        return List.of(
                ListFilter.choice("method", "method",
                        List.of("POST", "PUT", "PATCH", "DELETE").stream().map(Choice::of).toList()),
                ListFilter.choice("status", "status", STATUS_CLASSES.keySet().stream().sorted().map(Choice::of).toList()),
                ListFilter.date("occurred", "time"),
                ListFilter.hidden("actor", "actor"));
    }

    @Override
    public Mono<Page<AuditEntry>> list(ChangeListQuery query) {
        return Mono.defer(() -> {
            var range = query.dateRange("occurred");
            return audit.page(new AuditFilter(query.filter("actor").orElse(null), query.filter("method").orElse(null),
                    query.filter("status").map(STATUS_CLASSES::get).orElse(null),
                    range.map(DateRange::from).orElse(null), range.map(DateRange::until).orElse(null), query.search(),
                    new PageRequest(query.perPage(), query.page())));
        });
    }

    @Override
    public Mono<AuditEntry> get(String id) {
        return Mono.defer(() -> {
            var parts = ID.matcher(id);
            if (!parts.matches()) {
                return Mono.error(new NotFoundException(singular(), id));
            }
            var at = Instant.EPOCH.plus(Long.parseLong(parts.group(1)), ChronoUnit.MICROS);
            var requestId = parts.group(2);
            return audit.page(new AuditFilter(null, null, null, at, at.plus(1, ChronoUnit.MICROS), requestId,
                            new PageRequest(PageRequest.MAX_LIMIT, 1)))
                    .flatMap(page -> Mono.justOrEmpty(page.data().stream()
                            .filter(entry -> entry.requestId().equals(requestId)).findFirst()))
                    .switchIfEmpty(Mono.error(() -> new NotFoundException(singular(), id)));
        });
    }

    @Override
    public String idOf(AuditEntry entry) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, entry.at()) + "-" + entry.requestId();
    }

    @Override
    public String describe(AuditEntry entry) {
        return entry.method() + " " + entry.route() + " (" + entry.status() + ")";
    }
}
