package org.sujarit.plan;

import java.time.Instant;

/** One version of a plan as the version list shows it. */
public record VersionInfo(int version, PlanStatus status, String createdBy, Instant createdAt, String amendmentNote) {}
