package org.sujarit.monitoring;

import java.nio.file.Path;

/** An evidence file the reader may see, and where its content is. */
public record StoredEvidence(EvidenceFile file, Path content) {}
