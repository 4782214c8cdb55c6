package com.acme.tavus.application.admin.port.in;

import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.admin.AdminUser;
import com.acme.tavus.domain.shared.Page;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Reads admin accounts. */
public interface AdminUserQueries {

    Mono<Page<AdminUser>> list(RecordQuery<AdminUser.Attribute> query);

    /** One account; fails with {@code NotFoundException} when there is none. */
    Mono<AdminUser> get(UUID id);
}
