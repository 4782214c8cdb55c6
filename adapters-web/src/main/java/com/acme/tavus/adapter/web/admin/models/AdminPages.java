package com.acme.tavus.adapter.web.admin.models;

import com.acme.tavus.adapter.web.admin.ChangeListQuery;
import com.acme.tavus.domain.shared.Page;
import java.util.List;

/** One page of a list already filtered and sorted in memory. */
final class AdminPages {

    private AdminPages() {}

    static <T> Page<T> page(List<T> all, ChangeListQuery query) {
        var from = (int) Math.min(all.size(), (long) (query.page() - 1) * query.perPage());
        var to = Math.min(all.size(), from + query.perPage());
        return new Page<>(all.subList(from, to), all.size());
    }
}
