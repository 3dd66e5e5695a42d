package org.sujarit.plan;

import java.time.Instant;

/** Who did a workflow step, and when. */
public record WorkflowStamp(String by, Instant at) {}
