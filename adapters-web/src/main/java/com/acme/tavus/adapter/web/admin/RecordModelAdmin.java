package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.application.shared.Criterion;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Actor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A {@link ModelAdmin} over one of the platform's own tables, listed with a typed
 * {@link RecordQuery}: fields map to the record type's attributes for searching and sorting, and
 * {@link #criteria} turns the filters in force into criteria.
 *
 * @param <A> the record type's attribute enum
 */
public abstract class RecordModelAdmin<T, A extends Enum<A>> extends ModelAdmin<T> {

    protected RecordModelAdmin(String area, String slug, String singular, String plural) {
        super(area, slug, singular, plural);
    }

    /** The attribute behind each searchable or sortable field. */
    protected abstract Map<String, A> attributes();

    /** The criteria for the filters in force; none by default. */
    protected List<Criterion<A>> criteria(ChangeListQuery query) {
        return List.of();
    }

    /** The change list's request as a record query. */
    protected RecordQuery<A> recordQuery(ChangeListQuery query) {
        var searchIn = new LinkedHashSet<A>();
        for (var field : searchFields()) {
            searchIn.add(attribute(field));
        }
        var sort = new ArrayList<SortKey<A>>();
        for (var ordering : query.ordering()) {
            sort.add(new SortKey<>(attribute(ordering.field()), ordering.descending()));
        }
        return new RecordQuery<>(query.search(), searchIn, criteria(query), sort, query.page(), query.perPage());
    }

    /** The criterion of a date filter in force, if any. */
    protected java.util.Optional<Criterion<A>> within(ChangeListQuery query, String parameter, A attribute) {
        return query.dateRange(parameter).map(range -> new Criterion.Within<>(attribute, range.from(), range.until()));
    }

    private A attribute(String field) {
        var attribute = attributes().get(field);
        if (attribute == null) {
            throw new IllegalStateException(slug() + ": no attribute for searchable or sortable field " + field);
        }
        return attribute;
    }

    /** Parses a UUID path id; an unreadable one is an object that does not exist. */
    protected UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new com.acme.tavus.application.shared.NotFoundException(singular(), id);
        }
    }

    /** The actor the application records for an admin's change. */
    public static Actor actor(AdminUser admin) {
        return new Actor("admin:" + admin.username());
    }
}
