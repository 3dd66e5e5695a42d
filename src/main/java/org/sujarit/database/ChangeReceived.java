package org.sujarit.database;

/**
 * Another node broadcast a {@link ChangeBroadcast}; published on this node by the thread that listens
 * for them. A null {@code topic} means that changes may have been missed (the listening connection was
 * lost and is back): drop everything kept.
 */
public record ChangeReceived(String topic, String key) {
  /** Whether this concerns {@code topic}: the same topic, or everything. */
  public boolean concerns(String topic) {
    return this.topic == null || this.topic.equals(topic);
  }

  /** Whether every entry of the topic is to be dropped (no key, or everything). */
  public boolean all() {
    return topic == null || key == null;
  }
}
