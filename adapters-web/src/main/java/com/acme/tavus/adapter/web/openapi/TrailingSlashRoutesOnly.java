package com.acme.tavus.adapter.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every route is mapped twice, {@code /x/} and {@code /x}, so springdoc would list each twice (and
 * number the second operation id {@code create_1}). This drops the slash-less copy whenever the
 * slash form exists, gives operations their plain ids back when that leaves them unique, and sorts
 * the paths so the document does not change with the order Spring happens to register handlers in.
 */
final class TrailingSlashRoutesOnly implements OpenApiCustomizer {

    private static final Pattern NUMBERED_ID = Pattern.compile("(.+)_\\d+");

    @Override
    public void customise(OpenAPI openApi) {
        var paths = openApi.getPaths();
        if (paths == null) {
            return;
        }
        var kept = new Paths();
        kept.setExtensions(paths.getExtensions());
        paths.entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("/") || !paths.containsKey(entry.getKey() + "/"))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> kept.addPathItem(entry.getKey(), entry.getValue()));
        openApi.setPaths(kept);
        restorePlainOperationIds(kept);
    }

    private static void restorePlainOperationIds(Paths paths) {
        var operations = paths.values().stream().flatMap(item -> item.readOperations().stream()).toList();
        var used = new HashSet<String>();
        operations.stream().map(Operation::getOperationId).forEach(used::add);
        for (var operation : operations) {
            var id = operation.getOperationId();
            var numbered = id == null ? null : NUMBERED_ID.matcher(id);
            if (numbered != null && numbered.matches() && used.add(numbered.group(1))) {
                used.remove(id);
                operation.setOperationId(numbered.group(1));
            }
        }
    }
}
