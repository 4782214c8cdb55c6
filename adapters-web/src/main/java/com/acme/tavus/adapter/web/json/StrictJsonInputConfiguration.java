package com.acme.tavus.adapter.web.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * Makes the API's JSON input strict about scalar types. By default Jackson turns {@code 5} or
 * {@code true} into the string {@code "5"} or {@code "true"} for a text field, so a client's type
 * mistake would reach Tavus silently; here it is a 400 naming the field ("document_name: expected a
 * string"), like every other wrong type.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer numbersAndBooleansAreNotText() {
        return builder -> builder.withCoercionConfig(LogicalType.Textual, text -> text
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
