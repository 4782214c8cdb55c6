package com.acme.tavus.adapter.web.admin;

/** How an editable field is entered in a form. */
public enum Widget {
    TEXT,
    EMAIL,
    URL,
    NUMBER,
    TEXTAREA,
    /** A monospaced text area for a JSON document, checked before saving. */
    JSON,
    CHECKBOX,
    SELECT,
    /** A list of check boxes, one per choice (many may be ticked). */
    CHECKBOXES,
    PASSWORD
}
