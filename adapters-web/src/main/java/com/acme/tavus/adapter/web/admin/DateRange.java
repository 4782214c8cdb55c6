package com.acme.tavus.adapter.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** A date filter's choice as a time range {@code [from, until)} in UTC. */
public record DateRange(Instant from, Instant until) {

    static final List<Choice> CHOICES = List.of(
            new Choice("today", "Today"),
            new Choice("past_7_days", "Past 7 days"),
            new Choice("this_month", "This month"),
            new Choice("this_year", "This year"));

    /** The range for a choice of {@link #CHOICES}, relative to {@code clock}'s today (UTC). */
    static DateRange of(String choice, Clock clock) {
        var today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var tomorrow = start(today.plusDays(1));
        return switch (choice) {
            case "today" -> new DateRange(start(today), tomorrow);
            case "past_7_days" -> new DateRange(start(today.minusDays(7)), tomorrow);
            case "this_month" -> new DateRange(start(today.withDayOfMonth(1)), start(today.withDayOfMonth(1).plusMonths(1)));
            case "this_year" -> new DateRange(start(today.withDayOfYear(1)), start(today.withDayOfYear(1).plusYears(1)));
            default -> throw new IllegalArgumentException("unknown date choice " + choice);
        };
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
