package org.sujarit.document.model;

public enum Align {
  LEFT, CENTER, RIGHT, JUSTIFY
}
