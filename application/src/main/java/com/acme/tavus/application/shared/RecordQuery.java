package com.acme.tavus.application.shared;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One page of the platform's stored records (users, tracked conversations, webhook events, admin
 * users), searched, filtered and sorted by attributes the record type names in an enum of its own,
 * so a query can only ask for what the store knows how to answer. The admin site's change lists are
 * the main client.
 *
 * <ul>
 *   <li>{@code search}: free text split at whitespace; every term must occur, ignoring case, in at
 *       least one of the {@code searchIn} attributes (Django's admin search).
 *   <li>{@code criteria}: all must hold.
 *   <li>{@code sort}: in order of precedence; the store adds its own tie-breaker so pages are stable.
 *   <li>{@code page} counts from 1.
 * </ul>
 */
public record RecordQuery<A extends Enum<A>>(
        String search, Set<A> searchIn, List<Criterion<A>> criteria, List<SortKey<A>> sort, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 500;
    /** More terms than this are ignored: no search box needs them, and each costs a condition. */
    public static final int MAX_SEARCH_TERMS = 10;

    public RecordQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        searchIn = searchIn == null ? Set.of() : Set.copyOf(searchIn);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        sort = sort == null ? List.of() : List.copyOf(sort);
        if (page < 1) {
            throw new InvalidValueException("page", "must be 1 or more");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidValueException("page_size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /** Every record, in the store's default order, first page of {@code pageSize}. */
    public static <A extends Enum<A>> RecordQuery<A> firstPage(int pageSize) {
        return new RecordQuery<A>(null, Set.<A>of(), List.<Criterion<A>>of(), List.<SortKey<A>>of(), 1, pageSize);
    }

    /** A copy that also requires {@code criterion}. */
    public RecordQuery<A> and(Criterion<A> criterion) {
        var more = new java.util.ArrayList<Criterion<A>>(criteria);
        more.add(Objects.requireNonNull(criterion, "criterion"));
        return new RecordQuery<A>(search, searchIn, more, sort, page, pageSize);
    }

    /** The search terms, lower-cased; empty when there is no search or nothing to search in. */
    public List<String> searchTerms() {
        if (search == null || searchIn.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(search.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(term -> !term.isEmpty())
                .distinct()
                .limit(MAX_SEARCH_TERMS)
                .toList();
    }

    /** How many records come before this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
