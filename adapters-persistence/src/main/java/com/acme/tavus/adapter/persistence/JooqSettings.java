package com.acme.tavus.adapter.persistence;

import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;

/**
 * The jOOQ rendering settings every {@code DSLContext} of the platform must use, on H2 (tests, code
 * generation) and PostgreSQL (production) alike.
 *
 * <p>Why: the jOOQ classes are generated from an H2 copy of the Liquibase schema, so every name in
 * them is UPPERCASE ({@code TAVUS_CONVERSATIONS}). jOOQ quotes names by default, and
 * {@code "TAVUS_CONVERSATIONS"} does not exist on PostgreSQL, where Liquibase created lowercase
 * tables. Rendering names unquoted and as generated lets each database fold them its own way (H2 to
 * upper case, PostgreSQL to lower case), which is exactly how the tables were created. The price:
 * table and column names must never need quoting (no reserved words, no mixed case).
 *
 * <p>The generated classes belong to the default schema ({@code outputSchemaToDefault}), so tables
 * are found through the connection's search path ({@code PUBLIC} on H2, {@code public} on
 * PostgreSQL). Schema rendering is deliberately left on: turning it off would also strip schemas
 * from explicitly qualified names such as {@code information_schema.tables}.
 */
public final class JooqSettings {

    private JooqSettings() {}

    /** A new, mutable {@link Settings} instance with the platform's defaults; callers may derive from it. */
    public static Settings platformDefaults() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderNameCase(RenderNameCase.AS_IS);
    }
}
