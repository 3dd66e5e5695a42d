package org.sujarit.document.model;

/** One piece of a document's flow; the PDF and DOCX writers each render every kind. */
public sealed interface Block permits Heading, Paragraph, Table, TableOfContents, PageBreak {}
