package org.sujarit.document.layout;

public enum Align {
  LEFT, CENTER, RIGHT, JUSTIFY
}
