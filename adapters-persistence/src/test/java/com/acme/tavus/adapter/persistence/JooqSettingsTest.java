package com.acme.tavus.adapter.persistence;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The generated UPPERCASE names render bare, so each database folds them to its own case. */
class JooqSettingsTest {

    @Test
    void rendersGeneratedNamesUnquotedAndUnqualifiedBySchema() {
        var sql = DSL.using(SQLDialect.POSTGRES, JooqSettings.platformDefaults())
                .render(DSL.selectFrom(TAVUS_CONVERSATIONS)
                        .where(TAVUS_CONVERSATIONS.CONVERSATION_ID.eq("c1")));

        assertThat(sql)
                .doesNotContain("\"")
                .contains("from TAVUS_CONVERSATIONS where TAVUS_CONVERSATIONS.CONVERSATION_ID = ?")
                .doesNotContainIgnoringCase("public.");
    }

    @Test
    void returnsAFreshInstanceEachTime() {
        assertThat(JooqSettings.platformDefaults()).isNotSameAs(JooqSettings.platformDefaults());
    }
}
