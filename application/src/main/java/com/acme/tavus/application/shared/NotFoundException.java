package com.acme.tavus.application.shared;

/** The resource a caller named does not exist (on Tavus, or in the platform's records). */
public final class NotFoundException extends RuntimeException {

    private final String resource;
    private final String id;

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " was not found");
        this.resource = resource;
        this.id = id;
    }

    /** The kind of resource in the wire vocabulary, such as {@code conversation}. */
    public String resource() {
        return resource;
    }

    public String id() {
        return id;
    }
}
