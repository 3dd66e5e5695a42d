package org.sujarit.importer;

/**
 * Bounds that keep one import within time and memory whatever is uploaded.
 *
 * @param maxBytes largest accepted file
 * @param maxDocxEntryBytes largest uncompressed part of a DOCX (zip-bomb guard)
 * @param minDocxInflateRatio smallest compressed/uncompressed ratio of a DOCX part (zip-bomb guard)
 * @param maxDocxEntries most parts in a DOCX
 * @param maxLines most lines read from one document
 */
public record ImportLimits(long maxBytes, long maxDocxEntryBytes, double minDocxInflateRatio, int maxDocxEntries, int maxLines) {
  public static final ImportLimits DEFAULT = new ImportLimits(20L << 20, 100L << 20, 0.01, 1_000, 200_000);
}
