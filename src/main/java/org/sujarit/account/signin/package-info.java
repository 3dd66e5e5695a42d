/**
 * Signing in and the web security around it: the filter chain and its headers, growing delays after
 * failed sign-ins, the TOTP second step, password reset links and the temporary-password gate. It
 * reads and changes accounts through {@link org.sujarit.account.signin.SignInAccounts}.
 */
package org.sujarit.account.signin;
