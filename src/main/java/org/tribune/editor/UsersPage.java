package org.tribune.editor;

import java.util.List;
import org.tribune.auth.Account;
import org.tribune.auth.Role;
import org.tribune.web.AdminLayout;

/**
 * Account management.
 *
 * @param message what the last change did, or why it was refused; null when there was none
 */
public record UsersPage(AdminLayout layout, List<Account> accounts, List<Role> roles, String message, boolean error) {}
