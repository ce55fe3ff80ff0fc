<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountStateActions</name>
    <message numerus="yes">
        <source>%1 (%n session(s) will be closed)</source>
        <translation>
            <numerusform>%1 (%n session will be closed)</numerusform>
            <numerusform>%1 (%n sessions will be closed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)? They can sign in again: %1</source>
        <translation>
            <numerusform>Enable %n account? It can sign in again: %1</numerusform>
            <numerusform>Enable %n accounts? They can sign in again: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n account could not be changed: %1</numerusform>
            <numerusform>%n accounts could not be changed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n account(s).</source>
        <translation>
            <numerusform>Enabled %n account.</numerusform>
            <numerusform>Enabled %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n account(s); %1 session(s) closed.</source>
        <translation>
            <numerusform>Disabled %n account; sessions closed: %1.</numerusform>
            <numerusform>Disabled %n accounts; sessions closed: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogPane</name>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message numerus="yes">
        <source>The message goes to every user online right now on each of these %n server(s), from each server&apos;s own address. Users who are offline do not get it later.</source>
        <translation>
            <numerusform>The message goes to every user online right now on this %n server, from the server&apos;s own address. Users who are offline do not get it later.</numerusform>
            <numerusform>The message goes to every user online right now on each of these %n servers, from each server&apos;s own address. Users who are offline do not get it later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online</source>
        <translation>
            <numerusform>%n user online</numerusform>
            <numerusform>%n users online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n server(s).</source>
        <translation>
            <numerusform>on %n server.</numerusform>
            <numerusform>on %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online now.</source>
        <translation>
            <numerusform>%n user online now.</numerusform>
            <numerusform>%n users online now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not count on %n server(s).</source>
        <translation>
            <numerusform>Could not count on %n server.</numerusform>
            <numerusform>Could not count on %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to the %n user(s) online on %1?</source>
        <translation>
            <numerusform>Send this message to the %n user online on %1?</numerusform>
            <numerusform>Send this message to the %n users online on %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send this message to everyone online on %n server(s)?</source>
        <translation>
            <numerusform>Send this message to everyone online on %n server?</numerusform>
            <numerusform>Send this message to everyone online on %n servers?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the last count that was %n user(s).</source>
        <translation>
            <numerusform>At the last count that was %n user.</numerusform>
            <numerusform>At the last count that was %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s)</source>
        <translation>
            <numerusform>Reached %n user</numerusform>
            <numerusform>Reached %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s).</source>
        <translation>
            <numerusform>Reached %n user.</numerusform>
            <numerusform>Reached %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n get it when they next sign in.</source>
        <translation>
            <numerusform>Of those, %n gets it when they next sign in.</numerusform>
            <numerusform>Of those, %n get it when they next sign in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastTargetsModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message numerus="yes">
        <source>All %n certificate(s) are valid for this host and for more than %1 days.</source>
        <translation>
            <numerusform>The %n certificate is valid for this host and for more than %1 days.</numerusform>
            <numerusform>All %n certificates are valid for this host and for more than %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention: missing, expired, not for their host, or expiring within %1 days (see Status).</source>
        <translation>
            <numerusform>%n certificate needs attention: missing, expired, not for its host, or expiring within %1 days (see Status).</numerusform>
            <numerusform>%n certificates need attention: missing, expired, not for their host, or expiring within %1 days (see Status).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message numerus="yes">
        <source>New role for %n users: %1</source>
        <translation>
            <numerusform>New role for %n user: %1</numerusform>
            <numerusform>New role for %n users: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already listed: not added again.</source>
        <translation>
            <numerusform>%n already listed: not added again.</numerusform>
            <numerusform>%n already listed: not added again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n recipient(s);</source>
        <translation>
            <numerusform>Added %n recipient;</numerusform>
            <numerusform>Added %n recipients;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n duplicate skipped.</numerusform>
            <numerusform>%n duplicates skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) of %1.</source>
        <translation>
            <numerusform>Added %n member of %1.</numerusform>
            <numerusform>Added %n members of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) do not exist on this server and will be skipped: %1.</source>
        <translation>
            <numerusform>%n recipient does not exist on this server and will be skipped: %1.</numerusform>
            <numerusform>%n recipients do not exist on this server and will be skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to the Other %n</source>
        <translation>
            <numerusform>Send to the Other %n</numerusform>
            <numerusform>Send to the Other %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n answered</source>
        <translation>
            <numerusform>Sending… %1 of %n answered</numerusform>
            <numerusform>Sending… %1 of %n answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n online</numerusform>
            <numerusform>%n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (skipped when sending)</source>
        <translation>
            <numerusform>%n unknown (skipped when sending)</numerusform>
            <numerusform>%n unknown (skipped when sending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n being checked</numerusform>
            <numerusform>%n being checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n could not be checked</numerusform>
            <numerusform>%n could not be checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Recipient(s)</source>
        <translation>
            <numerusform>&amp;Send to %n Recipient</numerusform>
            <numerusform>&amp;Send to %n Recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try Failed (%n)</source>
        <translation>
            <numerusform>Re&amp;try Failed (%n)</numerusform>
            <numerusform>Re&amp;try Failed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delivered to %n online</source>
        <translation>
            <numerusform>delivered to %n online</numerusform>
            <numerusform>delivered to %n online</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued for %n offline</source>
        <translation>
            <numerusform>queued for %n offline</numerusform>
            <numerusform>queued for %n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered or queued</source>
        <translation>
            <numerusform>%n delivered or queued</numerusform>
            <numerusform>%n delivered or queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (the server keeps no offline messages)</source>
        <translation>
            <numerusform>%n dropped (the server keeps no offline messages)</numerusform>
            <numerusform>%n dropped (the server keeps no offline messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (no such user)</source>
        <translation>
            <numerusform>%n not sent (no such user)</numerusform>
            <numerusform>%n not sent (no such user)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n uncertain</numerusform>
            <numerusform>%n uncertain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message numerus="yes">
        <source>%n user(s) connected.</source>
        <translation>
            <numerusform>%n user connected.</numerusform>
            <numerusform>%n users connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>This line has %n field(s)</source>
        <translation>
            <numerusform>This line has %n field</numerusform>
            <numerusform>This line has %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the header “%2” asks for %n field(s) on every line.</source>
        <translation>
            <numerusform>%1; the header “%2” asks for %n field on every line.</numerusform>
            <numerusform>%1; the header “%2” asks for %n fields on every line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs %n field(s).</source>
        <translation>
            <numerusform>%1; every line needs %n field.</numerusform>
            <numerusform>%1; every line needs %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs at least %n field(s).</source>
        <translation>
            <numerusform>%1; every line needs at least %n field.</numerusform>
            <numerusform>%1; every line needs at least %n fields.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; a line can have at most %n field(s).</source>
        <translation>
            <numerusform>%1; a line can have at most %n field.</numerusform>
            <numerusform>%1; a line can have at most %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A sample every %n second(s) (the profile&apos;s auto-refresh interval, or 30 s when it is off), kept while the console runs.</source>
        <translation>
            <numerusform>A sample every %n second (the profile&apos;s auto-refresh interval, or 30 s when it is off), kept while the console runs.</numerusform>
            <numerusform>A sample every %n seconds (the profile&apos;s auto-refresh interval, or 30 s when it is off), kept while the console runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention (missing, expired, not for their host, or expiring within %1 days; see the Certificates pane):</source>
        <translation>
            <numerusform>%n certificate needs attention (missing, expired, not for its host, or expiring within %1 days; see the Certificates pane):</numerusform>
            <numerusform>%n certificates need attention (missing, expired, not for their host, or expiring within %1 days; see the Certificates pane):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionReport</name>
    <message numerus="yes">
        <source>and %n more, restorable as long.</source>
        <translation>
            <numerusform>and %n more, restorable as long.</numerusform>
            <numerusform>and %n more, restorable as long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be deleted:</source>
        <translation>
            <numerusform>%n user could not be deleted:</numerusform>
            <numerusform>%n users could not be deleted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) scheduled for deletion: disabled, and restorable (Invitations pane, Restore) until the server deletes them for good.</source>
        <translation>
            <numerusform>%n user scheduled for deletion: disabled, and restorable (Invitations pane, Restore) until the server deletes it for good.</numerusform>
            <numerusform>%n users scheduled for deletion: disabled, and restorable (Invitations pane, Restore) until the server deletes them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s) immediately: this is final, they cannot be restored.</source>
        <translation>
            <numerusform>Deleted %n user immediately: this is final, it cannot be restored.</numerusform>
            <numerusform>Deleted %n users immediately: this is final, they cannot be restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n other user(s).</source>
        <translation>
            <numerusform>Deleted %n other user.</numerusform>
            <numerusform>Deleted %n other users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>Deleted %n user.</numerusform>
            <numerusform>Deleted %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) were already gone: %1</source>
        <translation>
            <numerusform>%n user was already gone: %1</numerusform>
            <numerusform>%n users were already gone: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyRoomsDialog</name>
    <message numerus="yes">
        <source> — %n occupant(s), last activity: %1</source>
        <translation>
            <numerusform> — %n occupant, last activity: %1</numerusform>
            <numerusform> — %n occupants, last activity: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n room(s) are empty now and idle for that long.
Exactly these will be destroyed, also if someone joins one meanwhile:</source>
        <translation>
            <numerusform>This %n room is empty now and idle for that long.
Exactly this one will be destroyed, also if someone joins it meanwhile:</numerusform>
            <numerusform>These %n rooms are empty now and idle for that long.
Exactly these will be destroyed, also if someone joins one meanwhile:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy these %n room(s)?
Their occupants are removed and told the reason:</source>
        <translation>
            <numerusform>Destroy this %n room?
Its occupants are removed and told the reason:</numerusform>
            <numerusform>Destroy these %n rooms?
Their occupants are removed and told the reason:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n room(s)</source>
        <translation>
            <numerusform>Destroy %n room</numerusform>
            <numerusform>Destroy %n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisableAccountsDialog</name>
    <message numerus="yes">
        <source>Disable %n account(s):</source>
        <translation>
            <numerusform>Disable %n account:</numerusform>
            <numerusform>Disable %n accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n Account(s)</source>
        <translation>
            <numerusform>&amp;Disable %n Account</numerusform>
            <numerusform>&amp;Disable %n Accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FederationPane</name>
    <message numerus="yes">
        <source>Close %n server-to-server connection(s)? Messages to and from these servers wait until a new connection is made, which either side may do at once.</source>
        <translation>
            <numerusform>Close %n server-to-server connection? Messages to and from this server wait until a new connection is made, which either side may do at once.</numerusform>
            <numerusform>Close %n server-to-server connections? Messages to and from these servers wait until a new connection is made, which either side may do at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n connection(s)</source>
        <translation>
            <numerusform>Close %n connection</numerusform>
            <numerusform>Close %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) closed.</source>
        <translation>
            <numerusform>%n connection closed.</numerusform>
            <numerusform>%n connections closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not close %n connection(s).</source>
        <translation>
            <numerusform>Could not close %n connection.</numerusform>
            <numerusform>Could not close %n connections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetOverviewDialog</name>
    <message numerus="yes">
        <source>%1 of %n server(s) reachable</source>
        <translation>
            <numerusform>%1 of %n server reachable</numerusform>
            <numerusform>%1 of %n servers reachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>probing %n…</source>
        <translation>
            <numerusform>probing %n…</numerusform>
            <numerusform>probing %n…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)? Their members keep their accounts, but lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>Delete %n group? Its members keep their accounts, but lose the group&apos;s entries in their rosters.</numerusform>
            <numerusform>Delete %n groups? Their members keep their accounts, but lose the group&apos;s entries in their rosters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)</source>
        <translation>
            <numerusform>Delete %n group</numerusform>
            <numerusform>Delete %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted.</source>
        <translation>
            <numerusform>%n group deleted.</numerusform>
            <numerusform>%n groups deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n group(s): %1.</source>
        <translation>
            <numerusform>Could not delete %n group: %1.</numerusform>
            <numerusform>Could not delete %n groups: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group %1? They lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>Remove %n member from the group %1? They lose the group&apos;s entries in their roster.</numerusform>
            <numerusform>Remove %n members from the group %1? They lose the group&apos;s entries in their rosters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s)</source>
        <translation>
            <numerusform>Remove %n member</numerusform>
            <numerusform>Remove %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed from the group %1.</source>
        <translation>
            <numerusform>%n member removed from the group %1.</numerusform>
            <numerusform>%n members removed from the group %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n member(s) from the group %1: %2.</source>
        <translation>
            <numerusform>Could not remove %n member from the group %1: %2.</numerusform>
            <numerusform>Could not remove %n members from the group %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message numerus="yes">
        <source>Checking which of the %n user(s) exist already…</source>
        <translation>
            <numerusform>Checking whether the %n user exists already…</numerusform>
            <numerusform>Checking which of the %n users exist already…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will be created.</source>
        <translation>
            <numerusform>%n new user will be created.</numerusform>
            <numerusform>%n new users will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will get the password from the file.</source>
        <translation>
            <numerusform>%n existing user will get the password from the file.</numerusform>
            <numerusform>%n existing users will get the password from the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will be skipped.</source>
        <translation>
            <numerusform>%n existing user will be skipped.</numerusform>
            <numerusform>%n existing users will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: see Details.</source>
        <translation>
            <numerusform>%n line cannot be imported: see Details.</numerusform>
            <numerusform>%n lines cannot be imported: see Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exist already. Their passwords will be replaced by the ones in the file, and they will have to log in with the new password.</source>
        <translation>
            <numerusform>%n user exists already. Their password will be replaced by the one in the file, and they will have to log in with the new password.</numerusform>
            <numerusform>%n users exist already. Their passwords will be replaced by the ones in the file, and they will have to log in with the new password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n Password(s)</source>
        <translation>
            <numerusform>Replace %n Password</numerusform>
            <numerusform>Replace %n Passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be imported: see the Message column. “Retry Failed” sends only those again.</source>
        <translation>
            <numerusform>%n user could not be imported: see the Message column. “Retry Failed” sends only that one again.</numerusform>
            <numerusform>%n users could not be imported: see the Message column. “Retry Failed” sends only those again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n user(s) were not imported: “Retry Failed” sends only those.</source>
        <translation>
            <numerusform>Stopped. %n user was not imported: “Retry Failed” sends only that one.</numerusform>
            <numerusform>Stopped. %n users were not imported: “Retry Failed” sends only those.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>Import finished: %n user imported.</numerusform>
            <numerusform>Import finished: %n users imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for the %n request(s) on their way.</source>
        <translation>
            <numerusform>Stopping: waiting for the %n request on its way.</numerusform>
            <numerusform>Stopping: waiting for the %n requests on their way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n User(s)</source>
        <translation>
            <numerusform>&amp;Import %n User</numerusform>
            <numerusform>&amp;Import %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume (%n Left)</source>
        <translation>
            <numerusform>&amp;Resume (%n Left)</numerusform>
            <numerusform>&amp;Resume (%n Left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed</source>
        <translation>
            <numerusform>&amp;Retry %n Failed</numerusform>
            <numerusform>&amp;Retry %n Failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will get an invitation instead of a password.</source>
        <translation>
            <numerusform>%n new user will get an invitation instead of a password.</numerusform>
            <numerusform>%n new users will get an invitation instead of a password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made: “Export Invitations…” saves their links for a mail merge.</source>
        <translation>
            <numerusform>%n invitation made: “Export Invitations…” saves its link for a mail merge.</numerusform>
            <numerusform>%n invitations made: “Export Invitations…” saves their links for a mail merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) saved to %1. The links are secrets: hand each one only to its person.</source>
        <translation>
            <numerusform>%n invitation saved to %1. The link is a secret: hand it only to its person.</numerusform>
            <numerusform>%n invitations saved to %1. The links are secrets: hand each one only to its person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working at once: %1</source>
        <translation>
            <numerusform>Revoke %n invitation? Its link stops working at once: %1</numerusform>
            <numerusform>Revoke %n invitations? Their links stop working at once: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n invitation revoked.</numerusform>
            <numerusform>%n invitations revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not revoke %n invitation(s).</source>
        <translation>
            <numerusform>Could not revoke %n invitation.</numerusform>
            <numerusform>Could not revoke %n invitations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KickDialog</name>
    <message numerus="yes">
        <source>These %n session(s) will be closed now, with the reason below:</source>
        <translation>
            <numerusform>This %n session will be closed now, with the reason below:</numerusform>
            <numerusform>These %n sessions will be closed now, with the reason below:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)</source>
        <translation>
            <numerusform>&amp;Disconnect %n Session</numerusform>
            <numerusform>&amp;Disconnect %n Sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModulesPane</name>
    <message numerus="yes">
        <source>Unload %n module(s) from %1?</source>
        <translation>
            <numerusform>Unload %n module from %1?</numerusform>
            <numerusform>Unload %n modules from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unload %n module(s)</source>
        <translation>
            <numerusform>Unload %n module</numerusform>
            <numerusform>Unload %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not unload %n module(s): %1.</source>
        <translation>
            <numerusform>Could not unload %n module: %1.</numerusform>
            <numerusform>Could not unload %n modules: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n module(s): %1.</source>
        <translation>
            <numerusform>Could not load %n module: %1.</numerusform>
            <numerusform>Could not load %n modules: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded</source>
        <translation>
            <numerusform>%n module loaded</numerusform>
            <numerusform>%n modules loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n not loaded</numerusform>
            <numerusform>%n not loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MulticastMessage</name>
    <message numerus="yes">
        <source>Multicast to %n recipient(s)</source>
        <translation>
            <numerusform>Multicast to %n recipient</numerusform>
            <numerusform>Multicast to %n recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingDeletionsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFleetModel</name>
    <message numerus="yes">
        <source>Answered in %n ms</source>
        <translation>
            <numerusform>Answered in %n ms</numerusform>
            <numerusform>Answered in %n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileListDialog</name>
    <message numerus="yes">
        <source>Imported %n profile(s). Passwords are never part of the file: you will be asked for them when connecting.</source>
        <translation>
            <numerusform>Imported %n profile. Passwords are never part of the file: you will be asked for them when connecting.</numerusform>
            <numerusform>Imported %n profiles. Passwords are never part of the file: you will be asked for them when connecting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <translation>
            <numerusform>Exported %n profile to %1, without passwords.</numerusform>
            <numerusform>Exported %n profiles to %1, without passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomsPane</name>
    <message numerus="yes">
        <source>Destroy %n rooms…</source>
        <translation>
            <numerusform>Destroy %n room…</numerusform>
            <numerusform>Destroy %n rooms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n room(s) shown</source>
        <translation>
            <numerusform>%1 of %n room shown</numerusform>
            <numerusform>%1 of %n rooms shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s) now</source>
        <translation>
            <numerusform>%n occupant now</numerusform>
            <numerusform>%n occupants now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) destroyed.</source>
        <translation>
            <numerusform>%n room destroyed.</numerusform>
            <numerusform>%n rooms destroyed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not destroy %n room(s): %1.</source>
        <translation>
            <numerusform>Could not destroy %n room: %1.</numerusform>
            <numerusform>Could not destroy %n rooms: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RostersPane</name>
    <message numerus="yes">
        <source>%n contact(s) in the roster of %1</source>
        <translation>
            <numerusform>%n contact in the roster of %1</numerusform>
            <numerusform>%n contacts in the roster of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be removed from the roster of %1, and %1 from each of theirs: both rosters change.</source>
        <translation>
            <numerusform>%n contact will be removed from the roster of %1, and %1 from theirs: both rosters change.</numerusform>
            <numerusform>%n contacts will be removed from the roster of %1, and %1 from each of theirs: both rosters change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from both rosters</source>
        <translation>
            <numerusform>Remove %n contact from both rosters</numerusform>
            <numerusform>Remove %n contacts from both rosters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) removed; both rosters changed.</source>
        <translation>
            <numerusform>%n contact removed; both rosters changed.</numerusform>
            <numerusform>%n contacts removed; both rosters changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n contact(s) from both rosters: %1.</source>
        <translation>
            <numerusform>Could not remove %n contact from both rosters: %1.</numerusform>
            <numerusform>Could not remove %n contacts from both rosters: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message numerus="yes">
        <source>Reading the details of %n user(s)…</source>
        <translation>
            <numerusform>Reading the details of %n user…</numerusform>
            <numerusform>Reading the details of %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details of %n user(s) could not be read.</source>
        <translation>
            <numerusform>The details of %n user could not be read.</numerusform>
            <numerusform>The details of %n users could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s)</source>
        <translation>
            <numerusform>%n connected user</numerusform>
            <numerusform>%n connected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect the %n selected session(s) (Del)</source>
        <translation>
            <numerusform>Disconnect the %n selected session (Del)</numerusform>
            <numerusform>Disconnect the %n selected sessions (Del)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n session(s).</source>
        <translation>
            <numerusform>Disconnected %n session.</numerusform>
            <numerusform>Disconnected %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message numerus="yes">
        <source>%n sample(s); latest %1, highest %2.</source>
        <translation>
            <numerusform>%n sample; latest %1, highest %2.</numerusform>
            <numerusform>%n samples; latest %1, highest %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserBulkActions</name>
    <message numerus="yes">
        <source>Save the %n user(s) shown in the table to a CSV file.</source>
        <translation>
            <numerusform>Save the %n user shown in the table to a CSV file.</numerusform>
            <numerusform>Save the %n users shown in the table to a CSV file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>Exported %n user to %1.</numerusform>
            <numerusform>Exported %n users to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRoomsLabel</name>
    <message numerus="yes">
        <source>In %n room(s) now: %1</source>
        <translation>
            <numerusform>In %n room now: %1</numerusform>
            <numerusform>In %n rooms now: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message numerus="yes">
        <source>%n connected session(s)</source>
        <translation>
            <numerusform>%n connected session</numerusform>
            <numerusform>%n connected sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <source>%n registered user(s)</source>
        <translation>
            <numerusform>%n registered user</numerusform>
            <numerusform>%n registered users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s) — this server cannot list registered users</source>
        <translation>
            <numerusform>%n connected user — this server cannot list registered users</numerusform>
            <numerusform>%n connected users — this server cannot list registered users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)? %1</source>
        <translation>
            <numerusform>Delete %n user? %1</numerusform>
            <numerusform>Delete %n users? %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>Delete %n User</numerusform>
            <numerusform>Delete %n Users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>Deleting %n user…</numerusform>
            <numerusform>Deleting %n users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the role of %n user(s).</source>
        <translation>
            <numerusform>Changed the role of %n user.</numerusform>
            <numerusform>Changed the role of %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s) for Good</source>
        <translation>
            <numerusform>Delete %n User for Good</numerusform>
            <numerusform>Delete %n Users for Good</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhitelistPane</name>
    <message numerus="yes">
        <source>Remove %n address(es) from the whitelist? Clients at these addresses can no longer use the admin API.</source>
        <translation>
            <numerusform>Remove %n address from the whitelist? Clients at this address can no longer use the admin API.</numerusform>
            <numerusform>Remove %n addresses from the whitelist? Clients at these addresses can no longer use the admin API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es)</source>
        <translation>
            <numerusform>Remove %n address</numerusform>
            <numerusform>Remove %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whitelist is on: only the %n listed address(es) may use the admin API.</source>
        <translation>
            <numerusform>The whitelist is on: only the %n listed address may use the admin API.</numerusform>
            <numerusform>The whitelist is on: only the %n listed addresses may use the admin API.</numerusform>
        </translation>
    </message>
</context>
</TS>
