package org.sujarit.database;

/**
 * Tells the other nodes that something a node may keep in memory changed. Publish it inside the
 * transaction that makes the change: the other nodes receive it as a {@link ChangeReceived} once that
 * transaction commits (never when it rolls back), or at once outside a transaction.
 *
 * @param topic what changed, e.g. {@code organization}; the receiving module decides what to drop
 * @param key which one (an id), or null for all of them
 */
public record ChangeBroadcast(String topic, String key) {
  public ChangeBroadcast {
    if (topic == null || topic.isBlank() || topic.contains("\t")) throw new IllegalArgumentException("topic");
    if (key != null && key.contains("\t")) throw new IllegalArgumentException("key");
  }
}
