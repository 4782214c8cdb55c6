package com.acme.tavus.adapter.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a create route (a {@code POST} handler method) that honours the {@code Idempotency-Key}
 * header: a repeat of the same request under the same key is answered with the first answer and
 * creates nothing. The header is ignored on every route without this mark. Put it on every
 * {@code POST} that creates something on Tavus, and nowhere else.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Idempotent {}
