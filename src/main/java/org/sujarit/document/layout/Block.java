package org.sujarit.document.layout;

/** One piece of a document's flow; the PDF and DOCX writers each render every kind. */
public sealed interface Block permits Heading, Paragraph, Table, Picture, TableOfContents, PageBreak {}
