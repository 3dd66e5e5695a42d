package org.sujarit.oversight.figures;

import java.time.Instant;
import java.util.UUID;
import org.sujarit.organization.OrganizationKind;

/** One organization in an oversight table: its plan of the cycle (status null: none) and its figures. */
public record OrganizationRow(UUID organizationId, String name, OrganizationKind kind, String province, String code,
    String planStatus, UUID planId, Instant approvedAt, boolean onTime, Figures figures) {}
