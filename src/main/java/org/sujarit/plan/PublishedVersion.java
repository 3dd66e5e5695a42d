package org.sujarit.plan;

import java.time.Instant;
import org.sujarit.common.FiscalPeriod;

/** A plan version the organization published: what the public may read. */
public record PublishedVersion(PlanId planId, int version, FiscalPeriod period, String title, Instant publishedAt) {}
