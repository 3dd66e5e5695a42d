/**
 * The document engine every module builds its official outputs with: an {@link
 * org.sujarit.document.layout.OfficialDocument} of sections (A4 portrait or landscape, page numbering)
 * holding blocks (headings, paragraphs, tables with repeated header rows, pictures such as a {@link
 * org.sujarit.document.layout.BarChart}), rendered as PDF and DOCX in the shipped Thai font with the
 * same bytes for the same document. Start at {@code OfficialDocument}'s usage example.
 */
@org.springframework.modulith.NamedInterface("layout")
package org.sujarit.document.layout;
