package org.sujarit.document.layout;

public record PageBreak() implements Block {}
