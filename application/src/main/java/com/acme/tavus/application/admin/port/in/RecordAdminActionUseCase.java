package com.acme.tavus.application.admin.port.in;

import com.acme.tavus.domain.admin.AdminLogAction;
import com.acme.tavus.domain.admin.AdminLogEntry;
import com.acme.tavus.domain.admin.AdminUser;
import reactor.core.publisher.Mono;

/** Use case: write one line of the admin log, stamped with the time and the acting admin. */
public interface RecordAdminActionUseCase {

    Mono<AdminLogEntry> record(
            AdminUser actor, AdminLogAction action, String model, String objectId, String objectRepr, String message);
}
