package com.acme.tavus.adapter.persistence;

import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.shared.Page;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Answers a {@link RecordQuery} with jOOQ over one table, given which column stands for each
 * attribute. Two statements (a count and a page), each with bind values only: search terms become
 * case-insensitive {@code LIKE} patterns with jOOQ's escaping, so {@code %} or {@code _} in a search
 * match themselves.
 *
 * <p>Absent values sort as smallest on every database ({@code NULLS FIRST} ascending, {@code NULLS
 * LAST} descending; H2 and PostgreSQL disagree by default), and the caller's tie-breakers come last
 * so a page never repeats or skips a row when sort values are equal.
 */
public final class JooqRecordQueries {

    private JooqRecordQueries() {}

    public static <A extends Enum<A>, R extends Record, T> Page<T> page(
            DSLContext dsl,
            Table<R> table,
            RecordQuery<A> query,
            Map<A, Field<?>> columns,
            List<SortField<?>> tieBreakers,
            RecordMapper<? super R, T> mapper) {
        var where = where(query, columns);
        var total = dsl.fetchCount(table, where);
        var order = new ArrayList<SortField<?>>();
        for (var key : query.sort()) {
            var column = column(columns, key.attribute());
            order.add(key.descending() ? column.desc().nullsLast() : column.asc().nullsFirst());
        }
        order.addAll(tieBreakers);
        var rows = dsl.selectFrom(table)
                .where(where)
                .orderBy(order)
                .limit(query.pageSize())
                .offset(query.offset())
                .fetch(mapper);
        return new Page<>(rows, total);
    }

    static <A extends Enum<A>> Condition where(RecordQuery<A> query, Map<A, Field<?>> columns) {
        var conditions = new ArrayList<Condition>();
        for (var term : query.searchTerms()) {
            var anyColumn = new ArrayList<Condition>();
            for (var attribute : query.searchIn()) {
                anyColumn.add(text(column(columns, attribute)).containsIgnoreCase(term));
            }
            conditions.add(DSL.or(anyColumn));
        }
        for (var criterion : query.criteria()) {
            conditions.add(condition(criterion, column(columns, criterion.attribute())));
        }
        return DSL.and(conditions);
    }

    @SuppressWarnings("unchecked")
    private static Condition condition(Criterion<?> criterion, Field<?> column) {
        return switch (criterion) {
            case Criterion.Equal<?> equal -> ((Field<Object>) column).eq(column.getDataType().convert(equal.value()));
            case Criterion.IsNull<?> isNull -> isNull.isNull() ? column.isNull() : column.isNotNull();
            case Criterion.Within<?> within -> {
                var time = (Field<OffsetDateTime>) column;
                var bounds = new ArrayList<Condition>();
                if (within.from() != null) {
                    bounds.add(time.ge(toColumn(within.from())));
                }
                if (within.until() != null) {
                    bounds.add(time.lt(toColumn(within.until())));
                }
                yield DSL.and(bounds);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Field<String> text(Field<?> column) {
        return column.getType() == String.class ? (Field<String>) column : column.cast(SQLDataType.VARCHAR(255));
    }

    private static <A extends Enum<A>> Field<?> column(Map<A, Field<?>> columns, A attribute) {
        var column = columns.get(attribute);
        if (column == null) {
            throw new IllegalArgumentException("no column for attribute " + attribute);
        }
        return column;
    }

    /** UTC, truncated to microseconds: the precision both H2 and PostgreSQL keep. */
    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant toInstant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
