package com.acme.tavus.application.shared;

import java.time.Instant;
import java.util.Objects;

/** One condition of a {@link RecordQuery} on an attribute of the record type {@code A}. */
public sealed interface Criterion<A extends Enum<A>> {

    A attribute();

    /**
     * The attribute equals {@code value}: a String, Boolean, Number or UUID as the attribute holds it
     * (a status in its wire form, such as {@code completed}).
     */
    record Equal<A extends Enum<A>>(A attribute, Object value) implements Criterion<A> {
        public Equal {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The attribute is absent ({@code isNull}) or present (not {@code isNull}). */
    record IsNull<A extends Enum<A>>(A attribute, boolean isNull) implements Criterion<A> {
        public IsNull {
            Objects.requireNonNull(attribute, "attribute");
        }
    }

    /** A time attribute in {@code [from, until)}; either bound may be {@code null} (open). */
    record Within<A extends Enum<A>>(A attribute, Instant from, Instant until) implements Criterion<A> {
        public Within {
            Objects.requireNonNull(attribute, "attribute");
            if (from != null && until != null && until.isBefore(from)) {
                throw new IllegalArgumentException("until must not be before from");
            }
        }

        public boolean contains(Instant instant) {
            return instant != null && (from == null || !instant.isBefore(from)) && (until == null || instant.isBefore(until));
        }
    }
}
