package com.acme.tavus.adapter.tavus;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The body of {@code PATCH /v2/replicas/{id}/name}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RenameReplicaBody(String replicaName) {}
