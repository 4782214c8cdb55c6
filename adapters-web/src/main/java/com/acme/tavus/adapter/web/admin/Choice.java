package com.acme.tavus.adapter.web.admin;

/** One option of a select, a set of check boxes or a list filter. */
public record Choice(String value, String label) {

    public static Choice of(String value) {
        return new Choice(value, value);
    }
}
