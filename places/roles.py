"""Who may do what: viewers read, editors correct, gazetteer admins edit the gazetteer.

The groups are made by a migration; assign people to them in the admin
(Users -> Groups). Superusers may do everything.
"""

VIEW = [
    "view_place", "view_placename", "view_article", "view_mention", "view_event",
    "view_controlarea", "view_referenceline", "view_notaplace", "view_reenrichment",
]  # fmt: skip
CORRECT = [
    "change_mention", "change_event", "add_place", "add_placename", "add_notaplace",
    "add_reenrichment", "add_article", "change_article",
]  # fmt: skip
CURATE = [
    "change_place", "delete_place", "change_placename", "delete_placename",
    "change_notaplace", "delete_notaplace", "add_controlarea", "change_controlarea",
    "delete_controlarea", "add_referenceline", "change_referenceline",
    "delete_referenceline",
]  # fmt: skip

ROLES = {
    "viewer": VIEW,
    "editor": VIEW + CORRECT,
    "gazetteer admin": VIEW + CORRECT + CURATE,
}


def sync_roles(group_model, permission_model) -> None:
    """Create the groups and give each exactly its permissions on the places app."""
    for name, codenames in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=name)
        perms = permission_model.objects.filter(
            content_type__app_label="places", codename__in=codenames
        )
        group.permissions.set(perms)


def ensure_roles() -> None:
    """Make the groups again (a test database flush removes what migrations made)."""
    from django.contrib.auth.models import Group, Permission

    sync_roles(Group, Permission)
