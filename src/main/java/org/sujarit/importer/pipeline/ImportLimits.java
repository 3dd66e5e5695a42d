package org.sujarit.importer.pipeline;

/**
 * Bounds that keep one import within time and memory whatever is uploaded.
 *
 * @param maxBytes largest accepted file
 * @param maxDocxEntryBytes largest uncompressed part of a DOCX (zip-bomb guard)
 * @param minDocxInflateRatio smallest compressed/uncompressed ratio of a DOCX part (zip-bomb guard)
 * @param maxDocxEntries most parts in a DOCX
 * @param maxLines most lines read from one document
 * @param maxPdfPages most pages of a PDF
 * @param maxPdfMillis longest time spent reading one PDF
 * @param maxPdfOperators most content-stream operators read from one PDF (PDF-bomb guard)
 * @param maxPdfMemoryBytes most memory PDFBox may use for one PDF's streams
 * @param maxSheetRows most rows read from one workbook (all sheets together)
 */
public record ImportLimits(long maxBytes, long maxDocxEntryBytes, double minDocxInflateRatio, int maxDocxEntries, int maxLines,
    int maxPdfPages, long maxPdfMillis, long maxPdfOperators, long maxPdfMemoryBytes, int maxSheetRows) {
  public static final ImportLimits DEFAULT = new ImportLimits(20L << 20, 100L << 20, 0.01, 1_000, 200_000,
      2_000, 30_000, 20_000_000, 64L << 20, 50_000);
}
