/** The unchecked reads of accounts, offered only to the modules that declare {@code account :: lookup}. */
@org.springframework.modulith.NamedInterface("lookup")
package org.sujarit.account.lookup;
