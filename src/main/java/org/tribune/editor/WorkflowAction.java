package org.tribune.editor;

import java.util.EnumSet;
import java.util.Set;
import org.tribune.auth.Permission;
import org.tribune.content.EditionStatus;

/**
 * The moves an edition can make between workflow states, each with the states it starts from and
 * the permission it needs. Writers submit for review; editors publish, schedule, withdraw and send
 * back to draft. Each edition moves on its own: no move touches another language's edition.
 */
public enum WorkflowAction {
    SUBMIT("submit", EnumSet.of(EditionStatus.DRAFT), EditionStatus.IN_REVIEW, Permission.WRITE),
    RETURN_TO_DRAFT(
            "draft",
            EnumSet.of(EditionStatus.IN_REVIEW, EditionStatus.SCHEDULED, EditionStatus.WITHDRAWN),
            EditionStatus.DRAFT,
            Permission.PUBLISH),
    SCHEDULE(
            "schedule",
            EnumSet.of(EditionStatus.DRAFT, EditionStatus.IN_REVIEW, EditionStatus.SCHEDULED, EditionStatus.WITHDRAWN),
            EditionStatus.SCHEDULED,
            Permission.PUBLISH),
    PUBLISH(
            "publish",
            EnumSet.of(EditionStatus.DRAFT, EditionStatus.IN_REVIEW, EditionStatus.SCHEDULED, EditionStatus.WITHDRAWN),
            EditionStatus.PUBLISHED,
            Permission.PUBLISH),
    WITHDRAW(
            "withdraw",
            EnumSet.of(EditionStatus.PUBLISHED, EditionStatus.SCHEDULED),
            EditionStatus.WITHDRAWN,
            Permission.PUBLISH);

    private final String segment;
    private final Set<EditionStatus> from;
    private final EditionStatus to;
    private final Permission permission;

    WorkflowAction(String segment, Set<EditionStatus> from, EditionStatus to, Permission permission) {
        this.segment = segment;
        this.from = from;
        this.to = to;
        this.permission = permission;
    }

    /** The last part of the action's address, {@code /admin/articles/{id}/{lang}/publish}. */
    public String segment() {
        return segment;
    }

    public EditionStatus to() {
        return to;
    }

    public Permission permission() {
        return permission;
    }

    public boolean startsFrom(EditionStatus status) {
        return from.contains(status);
    }

    /** The message key naming the action's button. */
    String label() {
        return "admin.action." + segment;
    }
}
