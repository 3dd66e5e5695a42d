package org.sujarit.document.model;

public record PageBreak() implements Block {}
