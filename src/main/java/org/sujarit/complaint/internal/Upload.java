package org.sujarit.complaint.internal;

/** A file sent with a complaint or a reply, as received (before its content is checked and cleaned). */
public record Upload(String fileName, byte[] content) {
  public boolean empty() {
    return content == null || content.length == 0;
  }
}
