<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountStateActions</name>
    <message>
        <source>Unavailable on this server: %1</source>
        <translation>Auf diesem Server nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>Deakt&amp;ivieren…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <source>Send Reset &amp;Invitation…</source>
        <translation>Einladung zum &amp;Zurücksetzen senden…</translation>
    </message>
    <message>
        <source>Show enabled or disabled accounts</source>
        <translation>Aktivierte oder deaktivierte Konten anzeigen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Enabled only</source>
        <translation>Nur aktivierte</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Nur deaktivierte</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Dieses Profil ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Disabling accounts needs this project&apos;s admin_rest module.</source>
        <translation>Zum Deaktivieren von Konten ist das admin_rest-Modul dieses Projekts nötig.</translation>
    </message>
    <message>
        <source>Invitations need this project&apos;s admin_rest module and mod_invites.</source>
        <translation>Für Einladungen sind das admin_rest-Modul dieses Projekts und mod_invites nötig.</translation>
    </message>
    <message>
        <source>An invitation with which the selected user sets a new password.</source>
        <translation>Eine Einladung, mit der der ausgewählte Benutzer ein neues Passwort festlegt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) will be closed)</source>
        <translation>
            <numerusform>%1 (%n Sitzung wird geschlossen)</numerusform>
            <numerusform>%1 (%n Sitzungen werden geschlossen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable Accounts</source>
        <translation>Konten aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)? They can sign in again: %1</source>
        <translation>
            <numerusform>%n Konto aktivieren? Eine Anmeldung ist dann wieder möglich: %1</numerusform>
            <numerusform>%n Konten aktivieren? Eine Anmeldung ist dann wieder möglich: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n Konto konnte nicht geändert werden: %1</numerusform>
            <numerusform>%n Konten konnten nicht geändert werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n account(s).</source>
        <translation>
            <numerusform>%n Konto aktiviert.</numerusform>
            <numerusform>%n Konten aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n account(s); %1 session(s) closed.</source>
        <translation>
            <numerusform>%n Konto deaktiviert; geschlossene Sitzungen: %1.</numerusform>
            <numerusform>%n Konten deaktiviert; geschlossene Sitzungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a reset invitation: %1</source>
        <translation>Die Einladung zum Zurücksetzen konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Password Reset Invitation</source>
        <translation>Einladung zum Zurücksetzen des Passworts</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Capability probe: this answer only means that the server lacks the feature.</source>
        <translation>Funktionsprüfung: Diese Antwort bedeutet nur, dass dem Server die Funktion fehlt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
</context>
<context>
    <name>ActivityLogPane</name>
    <message>
        <source>Filter by path, status or message…</source>
        <translation>Nach Pfad, Status oder Meldung filtern…</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>Aktivitätsprotokoll filtern</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Show failed requests only</source>
        <translation>Nur fehlgeschlagene Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Ausgewählte Einträge kopieren</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Aktivitätsprotokoll leeren</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Requests made by the console</source>
        <translation>Anfragen der Konsole</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected entries as tab-separated text (%1)</source>
        <translation>Ausgewählte Einträge als tabulatorgetrennten Text kopieren (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Alle Einträge aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>Die angezeigten Einträge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>%1 The log is kept for this session only.</source>
        <translation>%1 Das Protokoll wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation>Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Registration &amp;IP:</source>
        <translation>Registrierungs-&amp;IP:</translation>
    </message>
    <message>
        <source>optional, e.g. 192.0.2.7</source>
        <translation>optional, z. B. 192.0.2.7</translation>
    </message>
    <message>
        <source>Registration IP address (optional)</source>
        <translation>IP-Adresse der Registrierung (optional)</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter an IPv4 or IPv6 address, or leave the field empty.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine IPv4- oder IPv6-Adresse ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Replace Password?</source>
        <translation>Passwort ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Adding it again replaces its password with the one you entered.</source>
        <translation>%1 existiert bereits. Erneutes Hinzufügen ersetzt das Passwort durch das eingegebene.</translation>
    </message>
    <message>
        <source>Replace Password</source>
        <translation>Passwort ersetzen</translation>
    </message>
    <message>
        <source>Could not check whether %1 exists.</source>
        <translation>Es konnte nicht geprüft werden, ob %1 existiert.</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>%1 konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>AdminRestClient</name>
    <message>
        <source>the password is empty</source>
        <translation>das Passwort ist leer</translation>
    </message>
    <message>
        <source>the page offset and size must not be negative</source>
        <translation>Versatz und Größe der Seite dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>the invitation&apos;s lifetime must not be negative</source>
        <translation>die Gültigkeitsdauer der Einladung darf nicht negativ sein</translation>
    </message>
    <message>
        <source>a reusable invitation cannot name a username</source>
        <translation>eine wiederverwendbare Einladung kann keinen Benutzernamen vorgeben</translation>
    </message>
    <message>
        <source>the batch has no users</source>
        <translation>der Stapel enthält keine Benutzer</translation>
    </message>
    <message>
        <source>a room address is room@service</source>
        <translation>eine Raumadresse hat die Form room@service</translation>
    </message>
    <message>
        <source>no rooms to destroy</source>
        <translation>keine Räume zum Auflösen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the admin account</source>
        <translation>das Administratorkonto</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>The server said: “%1”.</source>
        <translation>Der Server meldet: „%1“.</translation>
    </message>
    <message>
        <source>The request was not sent: %1. Correct the input and try again.</source>
        <translation>Die Anfrage wurde nicht gesendet: %1. Korrigieren Sie die Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>die Eingabe ist ungültig</translation>
    </message>
    <message>
        <source>The request to %1 was not sent: it would carry the password of %2 unencrypted over plain HTTP to another computer. Use https in the profile, or allow insecure connections there if the network is trusted.</source>
        <translation>Die Anfrage an %1 wurde nicht gesendet: Sie würde das Passwort von %2 unverschlüsselt über einfaches HTTP an einen anderen Rechner übertragen. Verwenden Sie https im Profil oder erlauben Sie dort unsichere Verbindungen, wenn das Netzwerk vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address in the profile.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die Adresse im Profil.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Is Prosody running and is mod_admin_rest loaded?</source>
        <translation>Unter %1 antwortet nichts. Läuft Prosody und ist mod_admin_rest geladen?</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be busy or unreachable: try again, or raise the timeout in the profile.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Server ist vielleicht ausgelastet oder nicht erreichbar: Versuchen Sie es erneut oder erhöhen Sie die Zeitüberschreitung im Profil.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the server&apos;s certificate, and the pinned certificate and CA file in the profile.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie das Zertifikat des Servers sowie das angeheftete Zertifikat und die CA-Datei im Profil.</translation>
    </message>
    <message>
        <source>certificate not accepted</source>
        <translation>Zertifikat nicht akzeptiert</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Check the network and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Check the password in the profile.</source>
        <translation>Der Server hat das Passwort für %1 abgelehnt. Prüfen Sie das Passwort im Profil.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of this server. Use an admin account, or add this one to the server&apos;s admins.</source>
        <translation>%1 ist kein Administrator dieses Servers. Verwenden Sie ein Administratorkonto oder nehmen Sie dieses in die Administratoren des Servers auf.</translation>
    </message>
    <message>
        <source>The server only accepts admin requests from whitelisted addresses, and this computer&apos;s address is not on the list. Ask the server&apos;s operator to add it to admin_rest_whitelist.</source>
        <translation>Der Server nimmt Administratoranfragen nur von freigegebenen Adressen an, und die Adresse dieses Rechners steht nicht auf der Liste. Bitten Sie den Betreiber des Servers, sie zu admin_rest_whitelist hinzuzufügen.</translation>
    </message>
    <message>
        <source>The server does not serve the domain of %1. Check the admin JID in the profile: it must be a full JID (admin@example.org) on a host of this server.</source>
        <translation>Der Server bedient die Domain von %1 nicht. Prüfen Sie die Administrator-JID im Profil: Sie muss eine vollständige JID (admin@example.org) auf einem Host dieses Servers sein.</translation>
    </message>
    <message>
        <source>There is no admin_rest at %1. Check the base URL in the profile (usually /admin_rest) and that mod_admin_rest is loaded on that host; with admin_rest_secure it only answers over HTTPS.</source>
        <translation>Unter %1 gibt es kein admin_rest. Prüfen Sie die Basis-URL im Profil (meist /admin_rest) und ob mod_admin_rest auf diesem Host geladen ist; mit admin_rest_secure antwortet es nur über HTTPS.</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no such feature (the published module lacks it).</source>
        <translation>Das admin_rest dieses Servers hat diese Funktion nicht (dem veröffentlichten Modul fehlt sie).</translation>
    </message>
    <message>
        <source>The server has no such item.</source>
        <translation>Der Server hat kein solches Element.</translation>
    </message>
    <message>
        <source>It already exists on the server.</source>
        <translation>Es existiert bereits auf dem Server.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The user is offline and the server keeps no offline messages, so the message was dropped.</source>
        <translation>Der Benutzer ist offline und der Server speichert keine Offline-Nachrichten, daher wurde die Nachricht verworfen.</translation>
    </message>
    <message>
        <source>The server failed with an internal error.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Prosody&apos;s log on the server tells the cause.</source>
        <translation>Das Prosody-Protokoll auf dem Server nennt die Ursache.</translation>
    </message>
    <message>
        <source>The server answered with the unexpected HTTP status %1.</source>
        <translation>Der Server antwortete mit dem unerwarteten HTTP-Status %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Is this really mod_admin_rest?</source>
        <translation>Die Antwort des Servers war unverständlich (%1). Ist das wirklich mod_admin_rest?</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>unerwarteter Inhalt</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than this console accepts, so it was not read to the end.</source>
        <translation>Die Antwort des Servers war größer, als diese Konsole annimmt, und wurde daher nicht bis zum Ende gelesen.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Ungültige Eingabe</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Unsichere Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Not an administrator</source>
        <translation>Kein Administrator</translation>
    </message>
    <message>
        <source>Address not whitelisted</source>
        <translation>Adresse nicht freigegeben</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>admin_rest not found</source>
        <translation>admin_rest nicht gefunden</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existiert bereits</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Message dropped</source>
        <translation>Nachricht verworfen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>The server refuses sign-ins from this address for a while, after too many failed ones. Check the password in the profile, then try again in a minute.</source>
        <translation>Der Server lehnt Anmeldungen von dieser Adresse nach zu vielen fehlgeschlagenen eine Zeit lang ab. Prüfen Sie das Passwort im Profil und versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: the profile of this connection is read-only, so the console sends no changes. To make changes, edit the profile (Server Profiles…) and clear “Read-only”.</source>
        <translation>Auf %1 wurde nichts geändert: Das Profil dieser Verbindung ist schreibgeschützt, daher sendet die Konsole keine Änderungen. Um Änderungen vorzunehmen, bearbeiten Sie das Profil (Serverprofile…) und deaktivieren Sie „Schreibgeschützt“.</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Schreibgeschütztes Profil</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot create the folder of the audit trail %1.</source>
        <translation>Der Ordner des Prüfprotokolls %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the audit trail %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail %1: %2</source>
        <translation>In das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <source>Broadcast to Everyone Online</source>
        <translation>Rundsendung an alle Angemeldeten</translation>
    </message>
    <message>
        <source>Servers the broadcast goes to</source>
        <translation>Server, an die die Rundsendung geht</translation>
    </message>
    <message>
        <source>C&amp;ount Again</source>
        <translation>Neu &amp;zählen</translation>
    </message>
    <message>
        <source>Count the users online again</source>
        <translation>Die angemeldeten Benutzer neu zählen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Type what everyone online should read…</source>
        <translation>Was alle Angemeldeten lesen sollen…</translation>
    </message>
    <message>
        <source>Broadcast message text</source>
        <translation>Text der Rundsendung</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Servers</source>
        <translation>Fehlgeschlagene Server &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the broadcast again to the servers that failed</source>
        <translation>Die Rundsendung erneut an die fehlgeschlagenen Server senden</translation>
    </message>
    <message>
        <source>&amp;Send Broadcast…</source>
        <translation>Rundsendung &amp;senden…</translation>
    </message>
    <message>
        <source>Send the broadcast</source>
        <translation>Die Rundsendung senden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message numerus="yes">
        <source>The message goes to every user online right now on each of these %n server(s), from each server&apos;s own address. Users who are offline do not get it later.</source>
        <translation>
            <numerusform>Die Nachricht geht an alle Benutzer, die gerade auf diesem %n Server angemeldet sind, von der eigenen Adresse des Servers. Wer offline ist, erhält sie nicht später.</numerusform>
            <numerusform>Die Nachricht geht an alle Benutzer, die gerade auf jedem dieser %n Server angemeldet sind, von der eigenen Adresse jedes Servers. Wer offline ist, erhält sie nicht später.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message goes to every user online right now on this server, from the server&apos;s own address. Users who are offline do not get it later.</source>
        <translation>Die Nachricht geht an alle Benutzer, die gerade auf diesem Server angemeldet sind, von der eigenen Adresse des Servers. Wer offline ist, erhält sie nicht später.</translation>
    </message>
    <message>
        <source>A server may put a prefix before your text (its admin_rest_broadcast_prefix option).</source>
        <translation>Ein Server kann Ihrem Text ein Präfix voranstellen (seine Option admin_rest_broadcast_prefix).</translation>
    </message>
    <message>
        <source>This connection is read-only: broadcasting is disabled.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Rundsendungen sind deaktiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online</source>
        <translation>
            <numerusform>%n Benutzer angemeldet</numerusform>
            <numerusform>%n Benutzer angemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n server(s).</source>
        <translation>
            <numerusform>auf %n Server.</numerusform>
            <numerusform>auf %n Servern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online now.</source>
        <translation>
            <numerusform>%n Benutzer jetzt angemeldet.</numerusform>
            <numerusform>%n Benutzer jetzt angemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not count on %n server(s).</source>
        <translation>
            <numerusform>Zählen auf %n Server nicht möglich.</numerusform>
            <numerusform>Zählen auf %n Servern nicht möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the message first.</source>
        <translation>Geben Sie zuerst die Nachricht ein.</translation>
    </message>
    <message numerus="yes">
        <source>Send this message to the %n user(s) online on %1?</source>
        <translation>
            <numerusform>Diese Nachricht an den %n auf %1 angemeldeten Benutzer senden?</numerusform>
            <numerusform>Diese Nachricht an die %n auf %1 angemeldeten Benutzer senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send this message to everyone online on %1? How many that is could not be counted.</source>
        <translation>Diese Nachricht an alle auf %1 Angemeldeten senden? Wie viele das sind, konnte nicht gezählt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Send this message to everyone online on %n server(s)?</source>
        <translation>
            <numerusform>Diese Nachricht an alle Angemeldeten auf %n Server senden?</numerusform>
            <numerusform>Diese Nachricht an alle Angemeldeten auf %n Servern senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the last count that was %n user(s).</source>
        <translation>
            <numerusform>Bei der letzten Zählung war das %n Benutzer.</numerusform>
            <numerusform>Bei der letzten Zählung waren das %n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A broadcast cannot be called back.</source>
        <translation>Eine Rundsendung lässt sich nicht zurückrufen.</translation>
    </message>
    <message>
        <source>Send Broadcast?</source>
        <translation>Rundsendung senden?</translation>
    </message>
    <message>
        <source>Send Broadcast</source>
        <translation>Rundsendung senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer erreicht</numerusform>
            <numerusform>%n Benutzer erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer erreicht.</numerusform>
            <numerusform>%n Benutzer erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast sent.</source>
        <translation>Rundsendung gesendet.</translation>
    </message>
    <message>
        <source>Not sent on %1: %2</source>
        <translation>Nicht gesendet auf %1: %2</translation>
    </message>
    <message>
        <source>Retry Failed Servers sends it again to those only.</source>
        <translation>„Fehlgeschlagene Server wiederholen“ sendet sie nur an diese erneut.</translation>
    </message>
    <message>
        <source>Counting the users online…</source>
        <translation>Angemeldete Benutzer werden gezählt…</translation>
    </message>
    <message>
        <source>Asks for confirmation first.</source>
        <translation>Fragt zuerst nach einer Bestätigung.</translation>
    </message>
    <message>
        <source>Who gets the message</source>
        <translation>Wer die Nachricht erhält</translation>
    </message>
    <message>
        <source>Everyone online now</source>
        <translation>Alle, die jetzt angemeldet sind</translation>
    </message>
    <message>
        <source>Every registered user: those offline get it when they next sign in</source>
        <translation>Jeder registrierte Benutzer: Wer offline ist, erhält sie bei der nächsten Anmeldung</translation>
    </message>
    <message>
        <source>This server sends broadcasts to the users online only: reaching every registered user needs this project&apos;s admin_rest module (announce).</source>
        <translation>Dieser Server sendet Rundsendungen nur an angemeldete Benutzer: Um jeden registrierten Benutzer zu erreichen, ist das admin_rest-Modul dieses Projekts nötig (announce).</translation>
    </message>
    <message>
        <source>It also goes to every registered user who is offline: they get it when they next sign in.</source>
        <translation>Sie geht auch an jeden registrierten Benutzer, der offline ist: Er erhält sie bei der nächsten Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n get it when they next sign in.</source>
        <translation>
            <numerusform>Davon erhält %n sie bei der nächsten Anmeldung.</numerusform>
            <numerusform>Davon erhalten %n sie bei der nächsten Anmeldung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastJob</name>
    <message>
        <source>Broadcast finished: sent on %1 of %2 servers, %3 failed.</source>
        <translation>Rundsendung abgeschlossen: auf %1 von %2 Servern gesendet, %3 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>BroadcastTargetsModel</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: it may or may not have sent the message.</source>
        <translation>Abgebrochen, bevor der Server antwortete: Er hat die Nachricht vielleicht gesendet, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>Jetzt angemeldet</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BulkJob</name>
    <message>
        <source>The request could not be started: not connected.</source>
        <translation>Die Anfrage konnte nicht gestartet werden: keine Verbindung.</translation>
    </message>
    <message>
        <source>Stopped while the request was on its way: the server may have applied it.</source>
        <translation>Angehalten, während die Anfrage unterwegs war: Der Server hat sie vielleicht ausgeführt.</translation>
    </message>
    <message>
        <source>Stopped before step %1 of %2.</source>
        <translation>Vor Schritt %1 von %2 angehalten.</translation>
    </message>
    <message>
        <source>Bulk job finished: %1 done, %2 failed, %3 skipped, %4 not done.</source>
        <translation>Sammelauftrag abgeschlossen: %1 erledigt, %2 fehlgeschlagen, %3 übersprungen, %4 nicht erledigt.</translation>
    </message>
    <message>
        <source>The server answered for %1 of the %2 users of the batch.</source>
        <translation>Der Server hat für %1 der %2 Benutzer des Stapels geantwortet.</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>mod_admin_rest (classic, Prosody 0.9–0.12)</source>
        <translation>mod_admin_rest (klassisch, Prosody 0.9–0.12)</translation>
    </message>
    <message>
        <source>mod_admin_rest (current, Prosody 13)</source>
        <translation>mod_admin_rest (aktuell, Prosody 13)</translation>
    </message>
    <message>
        <source>mod_admin_rest with this console&apos;s extensions</source>
        <translation>mod_admin_rest mit den Erweiterungen dieser Konsole</translation>
    </message>
    <message>
        <source>This server runs the published mod_admin_rest: where it serves several hosts, any host&apos;s administrator can act on every host there (read, change and delete its users). This console&apos;s module keeps each administrator to the hosts they administer.</source>
        <translation>Dieser Server verwendet das veröffentlichte mod_admin_rest: Wo er mehrere Hosts bedient, kann der Administrator jedes Hosts dort auf jedem Host handeln (dessen Benutzer lesen, ändern und löschen). Das Modul dieser Konsole beschränkt jeden Administrator auf die Hosts, die er verwaltet.</translation>
    </message>
</context>
<context>
    <name>CapabilityProbe</name>
    <message>
        <source>there is no connection to probe</source>
        <translation>es gibt keine Verbindung zum Prüfen</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation>nicht für diesen Host</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s certificates.</source>
        <translation>Die Zertifikate des Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Certificates are unavailable: this server&apos;s admin_rest module has no certificates extension (it is the published module, or LuaSec cannot read certificates).</source>
        <translation>Zertifikate sind nicht verfügbar: Das admin_rest-Modul dieses Servers hat keine Zertifikatserweiterung (es ist das veröffentlichte Modul, oder LuaSec kann keine Zertifikate lesen).</translation>
    </message>
    <message>
        <source>Certificates are unavailable: %1</source>
        <translation>Zertifikate sind nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n certificate(s) are valid for this host and for more than %1 days.</source>
        <translation>
            <numerusform>%n Zertifikat: gültig für diesen Host und noch mehr als %1 Tage.</numerusform>
            <numerusform>Alle %n Zertifikate sind für diesen Host und noch mehr als %1 Tage gültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention: missing, expired, not for their host, or expiring within %1 days (see Status).</source>
        <translation>
            <numerusform>%n Zertifikat erfordert Aufmerksamkeit: fehlend, abgelaufen, nicht für seinen Host oder läuft innerhalb von %1 Tagen ab (siehe Status).</numerusform>
            <numerusform>%n Zertifikate erfordern Aufmerksamkeit: fehlend, abgelaufen, nicht für ihren Host oder laufen innerhalb von %1 Tagen ab (siehe Status).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Change Password of %1</source>
        <translation>Passwort von %1 ändern</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Could not change the password of %1.</source>
        <translation>Das Passwort von %1 konnte nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Neue Rolle für %1:</translation>
    </message>
    <message numerus="yes">
        <source>New role for %n users: %1</source>
        <translation>
            <numerusform>Neue Rolle für %n Benutzer: %1</numerusform>
            <numerusform>Neue Rolle für %n Benutzer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>Rolle &amp;ändern</translation>
    </message>
    <message>
        <source>Choose or type a role, for example prosody:admin.</source>
        <translation>Wählen oder tippen Sie eine Rolle, zum Beispiel prosody:admin.</translation>
    </message>
    <message>
        <source>A role id contains no spaces, for example prosody:admin.</source>
        <translation>Eine Rollen-ID enthält keine Leerzeichen, zum Beispiel prosody:admin.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>The built-in roles of Prosody %1. This server&apos;s module does not list its roles: a role the server does not have is refused.</source>
        <translation>Die eingebauten Rollen von Prosody %1. Das Modul dieses Servers listet seine Rollen nicht auf: Eine Rolle, die der Server nicht hat, wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1: not changed. The server has no role “%2” (its roles: %3); it answered: %4</source>
        <translation>%1: nicht geändert. Der Server hat keine Rolle „%2“ (seine Rollen: %3); er antwortete: %4</translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation>%1: nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Send Message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Close; an unsent message is kept as a draft.</source>
        <translation>Schließen; eine nicht gesendete Nachricht bleibt als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <source>Send a message to some users of this server, or broadcast it to everyone online.</source>
        <translation>Senden Sie einigen Benutzern dieses Servers eine Nachricht oder eine Rundsendung an alle Angemeldeten.</translation>
    </message>
    <message>
        <source>&amp;Broadcast to Everyone Online…</source>
        <translation>&amp;Rundsendung an alle Angemeldeten…</translation>
    </message>
    <message>
        <source>Broadcast a message to every user online</source>
        <translation>Eine Nachricht an alle angemeldeten Benutzer senden</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only: broadcasting is disabled.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Rundsendungen sind deaktiviert.</translation>
    </message>
    <message>
        <source>Send a message to every user online on this server.</source>
        <translation>Eine Nachricht an alle auf diesem Server angemeldeten Benutzer senden.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>alice, bob@example.org …</source>
        <translation>alice, bob@example.org …</translation>
    </message>
    <message>
        <source>Users to add as recipients</source>
        <translation>Als Empfänger hinzuzufügende Benutzer</translation>
    </message>
    <message>
        <source>User names or JIDs, separated by commas, spaces or new lines. Press Enter to add them.</source>
        <translation>Benutzernamen oder JIDs, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche. Mit Eingabe hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the users typed as recipients</source>
        <translation>Die eingegebenen Benutzer als Empfänger hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>Liste &amp;einfügen</translation>
    </message>
    <message>
        <source>Add every user name or JID on the clipboard, one per line or separated by commas.</source>
        <translation>Jeden Benutzernamen und jede JID aus der Zwischenablage hinzufügen, einer pro Zeile oder durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Add the users listed on the clipboard</source>
        <translation>Die Benutzer aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;Members</source>
        <translation>&amp;Mitglieder hinzufügen</translation>
    </message>
    <message>
        <source>Add the members of the chosen group</source>
        <translation>Die Mitglieder der gewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected recipients</source>
        <translation>Die ausgewählten Empfänger entfernen</translation>
    </message>
    <message>
        <source>Remove A&amp;ll</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every recipient</source>
        <translation>Alle Empfänger entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Type what your users should read…</source>
        <translation>Was Ihre Benutzer lesen sollen…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>S&amp;top Sending</source>
        <translation>Senden an&amp;halten</translation>
    </message>
    <message>
        <source>Stop sending the message</source>
        <translation>Das Senden der Nachricht anhalten</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Send the message again to the recipients it did not reach</source>
        <translation>Die Nachricht erneut an die nicht erreichten Empfänger senden</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients see the message from the server&apos;s own address. The server may put a prefix before your text (its admin_rest_message_prefix and admin_rest_multicast_prefix options).</source>
        <translation>Empfänger sehen die Nachricht von der eigenen Adresse des Servers. Der Server kann Ihrem Text ein Präfix voranstellen (seine Optionen admin_rest_message_prefix und admin_rest_multicast_prefix).</translation>
    </message>
    <message>
        <source>Sends the message as it was sent, again, to the recipients it did not reach.</source>
        <translation>Sendet die Nachricht, wie sie gesendet wurde, erneut an die nicht erreichten Empfänger.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of user names or JIDs first.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie zuerst eine Liste von Benutzernamen oder JIDs.</translation>
    </message>
    <message>
        <source>The draft is kept only while the console is open.</source>
        <translation>Der Entwurf bleibt nur erhalten, solange die Konsole geöffnet ist.</translation>
    </message>
    <message>
        <source>This server has no multicast route (a bug of the published module): the message goes out as one request per recipient, a few at a time.</source>
        <translation>Dieser Server hat keine Multicast-Route (ein Fehler des veröffentlichten Moduls): Die Nachricht wird als eine Anfrage pro Empfänger gesendet, einige gleichzeitig.</translation>
    </message>
    <message>
        <source>Type a user name or JID first, e.g. alice or bob@example.org.</source>
        <translation>Geben Sie zuerst einen Benutzernamen oder eine JID ein, z. B. alice oder bob@example.org.</translation>
    </message>
    <message>
        <source>Correct it and press Enter, or clear the field.</source>
        <translation>Korrigieren Sie die Eingabe und drücken Sie Eingabe, oder leeren Sie das Feld.</translation>
    </message>
    <message numerus="yes">
        <source>%n already listed: not added again.</source>
        <translation>
            <numerusform>%n bereits in der Liste: nicht erneut hinzugefügt.</numerusform>
            <numerusform>%n bereits in der Liste: nicht erneut hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n recipient(s);</source>
        <translation>
            <numerusform>%n Empfänger hinzugefügt;</numerusform>
            <numerusform>%n Empfänger hinzugefügt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n Duplikat übersprungen.</numerusform>
            <numerusform>%n Duplikate übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server cannot list groups or their members: that needs the console&apos;s own admin_rest module.</source>
        <translation>Dieser Server kann keine Gruppen oder deren Mitglieder auflisten: Dafür ist das eigene admin_rest-Modul der Konsole nötig.</translation>
    </message>
    <message>
        <source>This server has no groups.</source>
        <translation>Dieser Server hat keine Gruppen.</translation>
    </message>
    <message>
        <source>Groups unavailable</source>
        <translation>Gruppen nicht verfügbar</translation>
    </message>
    <message>
        <source>Add the members of a group as recipients.</source>
        <translation>Die Mitglieder einer Gruppe als Empfänger hinzufügen.</translation>
    </message>
    <message>
        <source>Add the members of the chosen group as recipients.</source>
        <translation>Die Mitglieder der gewählten Gruppe als Empfänger hinzufügen.</translation>
    </message>
    <message>
        <source>Could not list the groups.</source>
        <translation>Die Gruppen konnten nicht aufgelistet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Keine Gruppen</translation>
    </message>
    <message>
        <source>Could not read the members of %1.</source>
        <translation>Die Mitglieder von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no members.</source>
        <translation>%1 hat keine Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) of %1.</source>
        <translation>
            <numerusform>%n Mitglied von %1 hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder von %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server: the message was not sent. The draft is kept.</source>
        <translation>Nicht mit einem Server verbunden: Die Nachricht wurde nicht gesendet. Der Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Type the message first.</source>
        <translation>Geben Sie zuerst die Nachricht ein.</translation>
    </message>
    <message>
        <source>Add at least one recipient: type user names, paste a list or add a group&apos;s members.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu: Benutzernamen eingeben, eine Liste einfügen oder die Mitglieder einer Gruppe hinzufügen.</translation>
    </message>
    <message>
        <source>Checking the recipients…</source>
        <translation>Empfänger werden geprüft…</translation>
    </message>
    <message>
        <source>None of the recipients exists on this server: nothing was sent. Check the names.</source>
        <translation>Keiner der Empfänger existiert auf diesem Server: Es wurde nichts gesendet. Prüfen Sie die Namen.</translation>
    </message>
    <message>
        <source>Skip Unknown Recipients?</source>
        <translation>Unbekannte Empfänger überspringen?</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) do not exist on this server and will be skipped: %1.</source>
        <translation>
            <numerusform>%n Empfänger existiert nicht auf diesem Server und wird übersprungen: %1.</numerusform>
            <numerusform>%n Empfänger existieren nicht auf diesem Server und werden übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to the Other %n</source>
        <translation>
            <numerusform>An den anderen senden (%n)</numerusform>
            <numerusform>An die anderen %n senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n answered</source>
        <translation>
            <numerusform>Wird gesendet… %1 von %n beantwortet</numerusform>
            <numerusform>Wird gesendet… %1 von %n beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not serve %1.</source>
        <translation>Dieser Server bedient %1 nicht.</translation>
    </message>
    <message numerus="yes">
        <source>delivered to %n online</source>
        <translation>
            <numerusform>an %n Angemeldeten zugestellt</numerusform>
            <numerusform>an %n Angemeldete zugestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued for %n offline</source>
        <translation>
            <numerusform>für %n Abwesenden gespeichert</numerusform>
            <numerusform>für %n Abwesende gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered or queued</source>
        <translation>
            <numerusform>%n zugestellt oder gespeichert</numerusform>
            <numerusform>%n zugestellt oder gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (the server keeps no offline messages)</source>
        <translation>
            <numerusform>%n verworfen (der Server speichert keine Offline-Nachrichten)</numerusform>
            <numerusform>%n verworfen (der Server speichert keine Offline-Nachrichten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (no such user)</source>
        <translation>
            <numerusform>%n nicht gesendet (kein solcher Benutzer)</numerusform>
            <numerusform>%n nicht gesendet (kein solcher Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n ungewiss</numerusform>
            <numerusform>%n ungewiss</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent: %1.</source>
        <translation>Nachricht gesendet: %1.</translation>
    </message>
    <message>
        <source>Sending stopped: %1. The draft is kept; Retry Failed sends it to the others.</source>
        <translation>Senden angehalten: %1. Der Entwurf bleibt erhalten; „Fehlgeschlagene wiederholen“ sendet ihn an die anderen.</translation>
    </message>
    <message>
        <source>The message did not reach everyone: %1.</source>
        <translation>Die Nachricht hat nicht alle erreicht: %1.</translation>
    </message>
    <message>
        <source>The draft is kept; Retry Failed sends it again to those not reached.</source>
        <translation>Der Entwurf bleibt erhalten; „Fehlgeschlagene wiederholen“ sendet ihn erneut an die nicht Erreichten.</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>Noch keine Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
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
            <numerusform>%n unbekannt (wird beim Senden übersprungen)</numerusform>
            <numerusform>%n unbekannt (werden beim Senden übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n wird geprüft</numerusform>
            <numerusform>%n werden geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n konnte nicht geprüft werden</numerusform>
            <numerusform>%n konnten nicht geprüft werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n Empfänger</numerusform>
            <numerusform>%n Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only: sending messages is disabled.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Das Senden von Nachrichten ist deaktiviert.</translation>
    </message>
    <message>
        <source>Send the message to the recipients (Ctrl+Return)</source>
        <translation>Die Nachricht an die Empfänger senden (Strg+Eingabe)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Recipient(s)</source>
        <translation>
            <numerusform>An %n Empfänger &amp;senden</numerusform>
            <numerusform>An %n Empfänger &amp;senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try Failed (%n)</source>
        <translation>
            <numerusform>Fehlgeschlagene &amp;wiederholen (%n)</numerusform>
            <numerusform>Fehlgeschlagene &amp;wiederholen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Verbindungsprüfungen</translation>
    </message>
    <message>
        <source>Show &amp;Certificate…</source>
        <translation>&amp;Zertifikat anzeigen…</translation>
    </message>
    <message>
        <source>Show the server certificate</source>
        <translation>Das Zertifikat des Servers anzeigen</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>Test the connection again</source>
        <translation>Die Verbindung erneut testen</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>Verbindung testen — %1</translation>
    </message>
    <message>
        <source>Testing “%1” at %2 as %3.</source>
        <translation>„%1“ wird unter %2 als %3 getestet.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Prosody %1, %2</source>
        <translation>Prosody %1, %2</translation>
    </message>
    <message>
        <source>Everything works: %1 is an administrator of %2 (%3).</source>
        <translation>Alles funktioniert: %1 ist Administrator von %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) connected.</source>
        <translation>
            <numerusform>%n Benutzer verbunden.</numerusform>
            <numerusform>%n Benutzer verbunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Desktop admin console for Prosody XMPP servers (mod_admin_rest).</source>
        <translation>Desktop-Administrationskonsole für Prosody-XMPP-Server (mod_admin_rest).</translation>
    </message>
    <message>
        <source>Start a throwaway Prosody on loopback with demo users and connect to it (the default when there is no profile).</source>
        <translation>Ein Wegwerf-Prosody auf Loopback mit Demo-Benutzern starten und damit verbinden (Standard, wenn es kein Profil gibt).</translation>
    </message>
    <message>
        <source>Connect with the server profile called &lt;name&gt;.</source>
        <translation>Mit dem Serverprofil namens &lt;name&gt; verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Connect to the admin_rest API at &lt;url&gt;, e.g. http://127.0.0.1:5280/admin_rest.</source>
        <translation>Mit der admin_rest-API unter &lt;url&gt; verbinden, z. B. http://127.0.0.1:5280/admin_rest.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The admin&apos;s full JID for --url, e.g. admin@example.org.</source>
        <translation>Die vollständige JID des Administrators für --url, z. B. admin@example.org.</translation>
    </message>
    <message>
        <source>jid</source>
        <translation>jid</translation>
    </message>
    <message>
        <source>There is no profile called “%1”: no profiles are stored yet.</source>
        <translation>Es gibt kein Profil namens „%1“: Es sind noch keine Profile gespeichert.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”. The profiles are: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Die Profile sind: %2.</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Wipe Server &amp;Data…</source>
        <translation>Server&amp;daten löschen…</translation>
    </message>
    <message>
        <source>Wipe &amp;Certificates…</source>
        <translation>&amp;Zertifikate löschen…</translation>
    </message>
    <message>
        <source>The profile “%1” is open in another window (process %2); it was brought forward.</source>
        <translation>Das Profil „%1“ ist in einem anderen Fenster geöffnet (Prozess %2); es wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>The profile “%1” is open in process %2 on %3, which does not answer.</source>
        <translation>Das Profil „%1“ ist in Prozess %2 auf %3 geöffnet, der nicht antwortet.</translation>
    </message>
</context>
<context>
    <name>ConsoleTranslator</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>CreateInvitationDialog</name>
    <message>
        <source>New Invitation</source>
        <translation>Neue Einladung</translation>
    </message>
    <message>
        <source>Whoever has the invitation&apos;s link registers an account with it, choosing their own password.</source>
        <translation>Wer den Link der Einladung hat, registriert damit ein Konto und wählt dabei ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>optional: the name the link proposes</source>
        <translation>optional: der Name, den der Link vorschlägt</translation>
    </message>
    <message>
        <source>Proposed username</source>
        <translation>Vorgeschlagener Benutzername</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role of the new account</source>
        <translation>Rolle des neuen Kontos</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
    <message>
        <source>group ids, separated by commas</source>
        <translation>Gruppen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Groups the new account joins</source>
        <translation>Gruppen, denen das neue Konto beitritt</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>Gültig &amp;für:</translation>
    </message>
    <message>
        <source>How long the invitation is valid</source>
        <translation>Wie lange die Einladung gültig ist</translation>
    </message>
    <message>
        <source>Re&amp;usable: any number of accounts until it expires</source>
        <translation>&amp;Wiederverwendbar: beliebig viele Konten bis zum Ablauf</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Type only the name before the @: the invitation is for this server.</source>
        <translation>Geben Sie nur den Namen vor dem @ ein: Die Einladung gilt für diesen Server.</translation>
    </message>
</context>
<context>
    <name>CreateInvitations</name>
    <message>
        <source>(any name)</source>
        <translation>(beliebiger Name)</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <source>Create room</source>
        <translation>Raum anlegen</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <source>room</source>
        <translation>raum</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>&amp;Owners:</source>
        <translation>B&amp;esitzer:</translation>
    </message>
    <message>
        <source>user@example.org, … (optional)</source>
        <translation>user@example.org, … (optional)</translation>
    </message>
    <message>
        <source>Persistent (kept when empty)</source>
        <translation>Dauerhaft (bleibt erhalten, wenn leer)</translation>
    </message>
    <message>
        <source>Public (listed in the service&apos;s room list)</source>
        <translation>Öffentlich (in der Raumliste des Dienstes aufgeführt)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur für Mitglieder</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderiert</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name: the part before the @.</source>
        <translation>Geben Sie den Namen des Raums ein: den Teil vor dem @.</translation>
    </message>
    <message>
        <source>Choose the MUC service the room is on (conference.example.org).</source>
        <translation>Wählen Sie den MUC-Dienst, auf dem der Raum liegt (conference.example.org).</translation>
    </message>
    <message>
        <source>Owner %1: %2</source>
        <translation>Besitzer %1: %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The saved password could not be removed from the system keychain%1. Remove it with the keychain&apos;s own tool if it is still there.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund des Systems entfernt werden%1. Entfernen Sie es mit dem Werkzeug des Schlüsselbunds, falls es noch dort ist.</translation>
    </message>
    <message>
        <source>No system keychain is available%1. The password is kept for this session only and is not saved anywhere; you will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar%1. Das Passwort wird nur für diese Sitzung aufbewahrt und nirgends gespeichert; Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The system keychain refused access%1. The password is kept for this session only; unlock the keychain to have it remembered.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert%1. Das Passwort wird nur für diese Sitzung aufbewahrt; entsperren Sie den Schlüsselbund, damit es gespeichert wird.</translation>
    </message>
    <message>
        <source>The system keychain failed%1. The password is kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen%1. Das Passwort wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>This line has %n field(s)</source>
        <translation>
            <numerusform>Diese Zeile hat %n Feld</numerusform>
            <numerusform>Diese Zeile hat %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the header “%2” asks for %n field(s) on every line.</source>
        <translation>
            <numerusform>%1; die Kopfzeile „%2“ verlangt %n Feld in jeder Zeile.</numerusform>
            <numerusform>%1; die Kopfzeile „%2“ verlangt %n Felder in jeder Zeile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs %n field(s).</source>
        <translation>
            <numerusform>%1; jede Zeile braucht %n Feld.</numerusform>
            <numerusform>%1; jede Zeile braucht %n Felder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; every line needs %2 to %3 fields.</source>
        <translation>%1; jede Zeile braucht %2 bis %3 Felder.</translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs at least %n field(s).</source>
        <translation>
            <numerusform>%1; jede Zeile braucht mindestens %n Feld.</numerusform>
            <numerusform>%1; jede Zeile braucht mindestens %n Felder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; a line can have at most %n field(s).</source>
        <translation>
            <numerusform>%1; eine Zeile darf höchstens %n Feld haben.</numerusform>
            <numerusform>%1; eine Zeile darf höchstens %n Felder haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field is not closed: add the missing quote (&quot;).</source>
        <translation>Ein Feld in Anführungszeichen ist nicht geschlossen: Ergänzen Sie das fehlende Anführungszeichen (&quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote: enclose the whole field in quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>Auf ein schließendes Anführungszeichen folgt Text: Setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin doppelt (&quot;&quot;).</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text: save the file as “CSV UTF-8”.</source>
        <translation>Diese Zeile ist kein gültiger UTF-8-Text: Speichern Sie die Datei als „CSV UTF-8“.</translation>
    </message>
</context>
<context>
    <name>DashboardHistory</name>
    <message>
        <source>unnamed</source>
        <translation>unbenannt</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>Läuft seit:</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Users online:</source>
        <translation>Angemeldete Benutzer:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Modules loaded:</source>
        <translation>Geladene Module:</translation>
    </message>
    <message>
        <source>Users online since the console opened</source>
        <translation>Angemeldete Benutzer seit dem Öffnen der Konsole</translation>
    </message>
    <message>
        <source>Users online over time</source>
        <translation>Angemeldete Benutzer im Zeitverlauf</translation>
    </message>
    <message>
        <source>Sessions by client (from the resource names)</source>
        <translation>Sitzungen nach Client (aus den Ressourcennamen)</translation>
    </message>
    <message>
        <source>Sessions by client</source>
        <translation>Sitzungen nach Client</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n Tag %1 h</numerusform>
            <numerusform>%n Tage %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>A sample every %n second(s) (the profile&apos;s auto-refresh interval, or 30 s when it is off), kept while the console runs.</source>
        <translation>
            <numerusform>Ein Messwert alle %n Sekunde (das Aktualisierungsintervall des Profils, oder 30 s, wenn es aus ist), aufbewahrt, solange die Konsole läuft.</numerusform>
            <numerusform>Ein Messwert alle %n Sekunden (das Aktualisierungsintervall des Profils, oder 30 s, wenn es aus ist), aufbewahrt, solange die Konsole läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not list the connected sessions.</source>
        <translation>Die verbundenen Sitzungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (this server does not report its version)</source>
        <translation>%1 (dieser Server meldet seine Version nicht)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Prosody %1</source>
        <translation>Prosody %1</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s information.</source>
        <translation>Die Informationen des Servers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (highest %2)</source>
        <translation>%1 (Höchstwert %2)</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Datenspeicher:</translation>
    </message>
    <message>
        <source>files (internal)</source>
        <translation>Dateien (intern)</translation>
    </message>
    <message>
        <source>SQL (%1)</source>
        <translation>SQL (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention (missing, expired, not for their host, or expiring within %1 days; see the Certificates pane):</source>
        <translation>
            <numerusform>%n Zertifikat erfordert Aufmerksamkeit (fehlend, abgelaufen, nicht für seinen Host oder läuft innerhalb von %1 Tagen ab; siehe Bereich „Zertifikate“):</numerusform>
            <numerusform>%n Zertifikate erfordern Aufmerksamkeit (fehlend, abgelaufen, nicht für ihren Host oder laufen innerhalb von %1 Tagen ab; siehe Bereich „Zertifikate“):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server: “%1”</source>
        <translation>Der Server: „%1“</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, restorable as long.</source>
        <translation>
            <numerusform>und %n weiterer, ebenso lange wiederherstellbar.</numerusform>
            <numerusform>und %n weitere, ebenso lange wiederherstellbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be deleted:</source>
        <translation>
            <numerusform>%n Benutzer konnte nicht gelöscht werden:</numerusform>
            <numerusform>%n Benutzer konnten nicht gelöscht werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) scheduled for deletion: disabled, and restorable (Invitations pane, Restore) until the server deletes them for good.</source>
        <translation>
            <numerusform>%n Benutzer zur Löschung vorgemerkt: deaktiviert und wiederherstellbar (Bereich Einladungen, Wiederherstellen), bis der Server ihn endgültig löscht.</numerusform>
            <numerusform>%n Benutzer zur Löschung vorgemerkt: deaktiviert und wiederherstellbar (Bereich Einladungen, Wiederherstellen), bis der Server sie endgültig löscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s) immediately: this is final, they cannot be restored.</source>
        <translation>
            <numerusform>%n Benutzer sofort gelöscht: endgültig, er kann nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Benutzer sofort gelöscht: endgültig, sie können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n other user(s).</source>
        <translation>
            <numerusform>%n weiteren Benutzer gelöscht.</numerusform>
            <numerusform>%n weitere Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n Benutzer gelöscht.</numerusform>
            <numerusform>%n Benutzer gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) were already gone: %1</source>
        <translation>
            <numerusform>%n Benutzer war bereits entfernt: %1</numerusform>
            <numerusform>%n Benutzer waren bereits entfernt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyRoomsDialog</name>
    <message>
        <source>Destroy rooms</source>
        <translation>Räume auflösen</translation>
    </message>
    <message>
        <source>Rooms empty now and without a message for</source>
        <translation>Jetzt leere Räume ohne Nachricht seit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Rooms to destroy</source>
        <translation>Aufzulösende Räume</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Told to the occupants (optional)</source>
        <translation>Wird den Teilnehmern mitgeteilt (optional)</translation>
    </message>
    <message>
        <source>&amp;Alternative venue:</source>
        <translation>&amp;Ausweichraum:</translation>
    </message>
    <message>
        <source>room@service where they may go instead (optional)</source>
        <translation>room@service, wohin sie stattdessen gehen können (optional)</translation>
    </message>
    <message>
        <source>Clean up idle rooms</source>
        <translation>Ungenutzte Räume aufräumen</translation>
    </message>
    <message>
        <source>This room was unused for a long time.</source>
        <translation>Dieser Raum wurde lange nicht genutzt.</translation>
    </message>
    <message>
        <source>no activity known</source>
        <translation>keine Aktivität bekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> — %n occupant(s), last activity: %1</source>
        <translation>
            <numerusform> — %n Teilnehmer, letzte Aktivität: %1</numerusform>
            <numerusform> — %n Teilnehmer, letzte Aktivität: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No room is empty and idle for that long: there is nothing to clean up.</source>
        <translation>Kein Raum ist so lange leer und ungenutzt: Es gibt nichts aufzuräumen.</translation>
    </message>
    <message numerus="yes">
        <source>These %n room(s) are empty now and idle for that long.
Exactly these will be destroyed, also if someone joins one meanwhile:</source>
        <translation>
            <numerusform>Dieser %n Raum ist jetzt leer und so lange ungenutzt.
Genau dieser wird aufgelöst, auch wenn ihn inzwischen jemand betritt:</numerusform>
            <numerusform>Diese %n Räume sind jetzt leer und so lange ungenutzt.
Genau diese werden aufgelöst, auch wenn inzwischen jemand einen davon betritt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy these %n room(s)?
Their occupants are removed and told the reason:</source>
        <translation>
            <numerusform>Diesen %n Raum auflösen?
Seine Teilnehmer werden entfernt und erfahren den Grund:</numerusform>
            <numerusform>Diese %n Räume auflösen?
Ihre Teilnehmer werden entfernt und erfahren den Grund:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n room(s)</source>
        <translation>
            <numerusform>%n Raum auflösen</numerusform>
            <numerusform>%n Räume auflösen</numerusform>
        </translation>
    </message>
    <message>
        <source>The alternative venue is a room address: room@service.</source>
        <translation>Der Ausweichraum ist eine Raumadresse: room@service.</translation>
    </message>
</context>
<context>
    <name>DisableAccountsDialog</name>
    <message>
        <source>Disable Accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message>
        <source>Accounts that will be disabled</source>
        <translation>Konten, die deaktiviert werden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>optional: kept by the server with the account</source>
        <translation>optional: wird vom Server beim Konto gespeichert</translation>
    </message>
    <message>
        <source>Why the accounts are disabled</source>
        <translation>Warum die Konten deaktiviert werden</translation>
    </message>
    <message>
        <source>Their sessions are closed at once and they cannot sign in until enabled again. Nothing is deleted: roster, data and role are kept.</source>
        <translation>Ihre Sitzungen werden sofort geschlossen, und eine Anmeldung ist erst nach erneuter Aktivierung möglich. Nichts wird gelöscht: Kontaktliste, Daten und Rolle bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s):</source>
        <translation>
            <numerusform>%n Konto deaktivieren:</numerusform>
            <numerusform>%n Konten deaktivieren:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n Account(s)</source>
        <translation>
            <numerusform>%n Konto &amp;deaktivieren</numerusform>
            <numerusform>%n Konten &amp;deaktivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not remove the old draft %1.</source>
        <translation>Der alte Entwurf %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for drafts.</source>
        <translation>Der Ordner %1 für Entwürfe konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the draft to %1: %2</source>
        <translation>Der Entwurf konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Another console (process %1) keeps the drafts; this window&apos;s draft is not saved.</source>
        <translation>Eine andere Konsole (Prozess %1) verwaltet die Entwürfe; der Entwurf dieses Fensters wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExistingUsersCheck</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>FederationPane</name>
    <message>
        <source>Filter by remote or local domain…</source>
        <translation>Nach entfernter oder lokaler Domain filtern…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Verbindungen filtern</translation>
    </message>
    <message>
        <source>Server-to-server connections</source>
        <translation>Server-zu-Server-Verbindungen</translation>
    </message>
    <message>
        <source>Close connection…</source>
        <translation>Verbindung schließen…</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>Could not list the server-to-server connections.</source>
        <translation>Die Server-zu-Server-Verbindungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>No server-to-server connection now</source>
        <translation>Derzeit keine Server-zu-Server-Verbindung</translation>
    </message>
    <message>
        <source>%1 incoming, %2 outgoing</source>
        <translation>%1 eingehend, %2 ausgehend</translation>
    </message>
    <message>
        <source>Federation is unavailable: this server&apos;s admin_rest module has no federation extension (it is the published module, or mod_s2s is disabled).</source>
        <translation>Föderation ist nicht verfügbar: Das admin_rest-Modul dieses Servers hat keine Föderationserweiterung (es ist das veröffentlichte Modul, oder mod_s2s ist deaktiviert).</translation>
    </message>
    <message>
        <source>Federation is unavailable: %1</source>
        <translation>Föderation ist nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Close %n server-to-server connection(s)? Messages to and from these servers wait until a new connection is made, which either side may do at once.</source>
        <translation>
            <numerusform>%n Server-zu-Server-Verbindung schließen? Nachrichten von und zu diesem Server warten, bis eine neue Verbindung aufgebaut wird; das kann jede Seite sofort tun.</numerusform>
            <numerusform>%n Server-zu-Server-Verbindungen schließen? Nachrichten von und zu diesen Servern warten, bis eine neue Verbindung aufgebaut wird; das kann jede Seite sofort tun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close connections</source>
        <translation>Verbindungen schließen</translation>
    </message>
    <message numerus="yes">
        <source>Close %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung schließen</numerusform>
            <numerusform>%n Verbindungen schließen</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed by the administrator</source>
        <translation>Vom Administrator geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) closed.</source>
        <translation>
            <numerusform>%n Verbindung geschlossen.</numerusform>
            <numerusform>%n Verbindungen geschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not close %n connection(s).</source>
        <translation>
            <numerusform>%n Verbindung konnte nicht geschlossen werden.</numerusform>
            <numerusform>%n Verbindungen konnten nicht geschlossen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetBroadcast</name>
    <message>
        <source>Left out, as no password is known for them in this session: %1. Connect to them once (or let the keychain remember their passwords) to include them.</source>
        <translation>Ausgelassen, da in dieser Sitzung kein Passwort für sie bekannt ist: %1. Verbinden Sie sich einmal mit ihnen (oder lassen Sie den Schlüsselbund ihre Passwörter speichern), um sie einzubeziehen.</translation>
    </message>
    <message>
        <source>Left out, as their profiles are read-only: %1.</source>
        <translation>Ausgelassen, da ihre Profile schreibgeschützt sind: %1.</translation>
    </message>
    <message>
        <source>No server is left to broadcast to.</source>
        <translation>Es bleibt kein Server für die Rundsendung übrig.</translation>
    </message>
</context>
<context>
    <name>FleetOverviewDialog</name>
    <message>
        <source>Fleet Overview</source>
        <translation>Flottenübersicht</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Probe every server again</source>
        <translation>Alle Server erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Rundsendung…</translation>
    </message>
    <message>
        <source>Send one message to everyone online on the selected servers (all servers when none is selected)</source>
        <translation>Eine Nachricht an alle Angemeldeten auf den ausgewählten Servern senden (auf allen Servern, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <source>Broadcast to the selected servers</source>
        <translation>Rundsendung an die ausgewählten Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>What was found about the selected server</source>
        <translation>Was über den ausgewählten Server herausgefunden wurde</translation>
    </message>
    <message>
        <source>No password in this session or the keychain: connect to this profile once to enter it.</source>
        <translation>Kein Passwort in dieser Sitzung oder im Schlüsselbund: Verbinden Sie sich einmal mit diesem Profil, um es einzugeben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) reachable</source>
        <translation>
            <numerusform>%1 von %n Server erreichbar</numerusform>
            <numerusform>%1 von %n Servern erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>probing %n…</source>
        <translation>
            <numerusform>%n wird geprüft…</numerusform>
            <numerusform>%n werden geprüft…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This server cannot list a group&apos;s members.</source>
        <translation>Dieser Server kann die Mitglieder einer Gruppe nicht auflisten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Enter a group id.</source>
        <translation>Geben Sie eine Gruppen-ID ein.</translation>
    </message>
    <message>
        <source>A group id cannot contain spaces.</source>
        <translation>Eine Gruppen-ID darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A group id cannot contain “%1”.</source>
        <translation>Eine Gruppen-ID darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>“%1” cannot be a group id.</source>
        <translation>„%1“ kann keine Gruppen-ID sein.</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Filter groups…</source>
        <translation>Gruppen filtern…</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected groups</source>
        <translation>Die ausgewählten Gruppen löschen</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Synchronise the selected group&apos;s rosters</source>
        <translation>Die Kontaktlisten der ausgewählten Gruppe synchronisieren</translation>
    </message>
    <message>
        <source>Id of an existing group</source>
        <translation>ID einer vorhandenen Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;known group id</source>
        <translation>&amp;Bekannte Gruppen-ID hinzufügen</translation>
    </message>
    <message>
        <source>Add a known group id to the list</source>
        <translation>Eine bekannte Gruppen-ID zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Shown in members&apos; rosters, e.g. Team</source>
        <translation>Wird in den Kontaktlisten der Mitglieder angezeigt, z. B. Team</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Name der neuen Gruppe</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Optional: the server picks one</source>
        <translation>Optional: Der Server wählt eine</translation>
    </message>
    <message>
        <source>Id of the new group (optional)</source>
        <translation>ID der neuen Gruppe (optional)</translation>
    </message>
    <message>
        <source>Create default &amp;chat room</source>
        <translation>Standard-&amp;Chatraum anlegen</translation>
    </message>
    <message>
        <source>Create a default chat room for the group</source>
        <translation>Einen Standard-Chatraum für die Gruppe anlegen</translation>
    </message>
    <message>
        <source>C&amp;reate group</source>
        <translation>Gruppe &amp;anlegen</translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation>Die Gruppe anlegen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Mitglieder der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>User name or JID, e.g. alice</source>
        <translation>Benutzername oder JID, z. B. alice</translation>
    </message>
    <message>
        <source>User to add to the group</source>
        <translation>Benutzer, der zur Gruppe hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>&amp;Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add the user to the selected group</source>
        <translation>Den Benutzer zur ausgewählten Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Ausgewählte entfernen</translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation>Die ausgewählten Mitglieder aus der Gruppe entfernen</translation>
    </message>
    <message>
        <source>Could not list the users for completion.</source>
        <translation>Die Benutzer für die Vervollständigung konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>This server has no group support (mod_groups_internal is not loaded)</source>
        <translation>Dieser Server unterstützt keine Gruppen (mod_groups_internal ist nicht geladen)</translation>
    </message>
    <message>
        <source>This server cannot list its groups or their members. Shown are the groups created in this console or added by id during this session; use “Add known group id” for others.</source>
        <translation>Dieser Server kann seine Gruppen und deren Mitglieder nicht auflisten. Angezeigt werden die Gruppen, die in dieser Sitzung in der Konsole angelegt oder per ID hinzugefügt wurden; verwenden Sie „Bekannte Gruppen-ID hinzufügen“ für andere.</translation>
    </message>
    <message>
        <source>Could not list the groups.</source>
        <translation>Die Gruppen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Select one group to see and change its members.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>This server cannot list a group&apos;s members; adding and removing members still work.</source>
        <translation>Dieser Server kann die Mitglieder einer Gruppe nicht auflisten; Hinzufügen und Entfernen von Mitgliedern funktioniert trotzdem.</translation>
    </message>
    <message>
        <source>Could not read the members of %1.</source>
        <translation>Die Mitglieder von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the group: members see it as a roster group.</source>
        <translation>Geben Sie einen Namen für die Gruppe ein: Die Mitglieder sehen ihn als Gruppe in ihrer Kontaktliste.</translation>
    </message>
    <message>
        <source>A group with the id %1 exists already: choose another id.</source>
        <translation>Eine Gruppe mit der ID %1 existiert bereits: Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Could not create the group %1.</source>
        <translation>Die Gruppe %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Group %1 created with the id %2.</source>
        <translation>Gruppe %1 mit der ID %2 angelegt.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)? Their members keep their accounts, but lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>%n Gruppe löschen? Ihre Mitglieder behalten ihre Konten, verlieren aber die Einträge der Gruppe in ihren Kontaktlisten.</numerusform>
            <numerusform>%n Gruppen löschen? Ihre Mitglieder behalten ihre Konten, verlieren aber die Einträge der Gruppen in ihren Kontaktlisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Gruppen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)</source>
        <translation>
            <numerusform>%n Gruppe löschen</numerusform>
            <numerusform>%n Gruppen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted.</source>
        <translation>
            <numerusform>%n Gruppe gelöscht.</numerusform>
            <numerusform>%n Gruppen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n group(s): %1.</source>
        <translation>
            <numerusform>%n Gruppe konnte nicht gelöscht werden: %1.</numerusform>
            <numerusform>%n Gruppen konnten nicht gelöscht werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not synchronise the group %1.</source>
        <translation>Die Gruppe %1 konnte nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>Group %1 synchronised: its members&apos; rosters are up to date.</source>
        <translation>Gruppe %1 synchronisiert: Die Kontaktlisten ihrer Mitglieder sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>%1 added to the list. The server does not say whether it exists; the first change to it will.</source>
        <translation>%1 zur Liste hinzugefügt. Der Server sagt nicht, ob sie existiert; die erste Änderung daran wird es zeigen.</translation>
    </message>
    <message>
        <source>Select one group first.</source>
        <translation>Wählen Sie zuerst eine Gruppe aus.</translation>
    </message>
    <message>
        <source>Group members must be users of %1: enter a user of that host.</source>
        <translation>Gruppenmitglieder müssen Benutzer von %1 sein: Geben Sie einen Benutzer dieses Hosts ein.</translation>
    </message>
    <message>
        <source>%1 is a member already.</source>
        <translation>%1 ist bereits Mitglied.</translation>
    </message>
    <message>
        <source>%1 is not in the list of registered users; the server will check.</source>
        <translation>%1 steht nicht in der Liste der registrierten Benutzer; der Server wird es prüfen.</translation>
    </message>
    <message>
        <source>Could not add %1 to the group %2.</source>
        <translation>%1 konnte nicht zur Gruppe %2 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 added to the group %2.</source>
        <translation>%1 zur Gruppe %2 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group %1? They lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>%n Mitglied aus der Gruppe %1 entfernen? Es verliert die Einträge der Gruppe in seiner Kontaktliste.</numerusform>
            <numerusform>%n Mitglieder aus der Gruppe %1 entfernen? Sie verlieren die Einträge der Gruppe in ihren Kontaktlisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s)</source>
        <translation>
            <numerusform>%n Mitglied entfernen</numerusform>
            <numerusform>%n Mitglieder entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed from the group %1.</source>
        <translation>
            <numerusform>%n Mitglied aus der Gruppe %1 entfernt.</numerusform>
            <numerusform>%n Mitglieder aus der Gruppe %1 entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n member(s) from the group %1: %2.</source>
        <translation>
            <numerusform>%n Mitglied konnte nicht aus der Gruppe %1 entfernt werden: %2.</numerusform>
            <numerusform>%n Mitglieder konnten nicht aus der Gruppe %1 entfernt werden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>Warten, bis der Server die letzte Änderung abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Create a group with this name</source>
        <translation>Eine Gruppe mit diesem Namen anlegen</translation>
    </message>
    <message>
        <source>Bring the rosters of the selected group&apos;s members up to date</source>
        <translation>Die Kontaktlisten der Mitglieder der ausgewählten Gruppe aktualisieren</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the server&apos;s certificate is not the pinned certificate</source>
        <translation>das Zertifikat des Servers ist nicht das angeheftete Zertifikat</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>the answer took longer than %1 s</source>
        <translation>die Antwort dauerte länger als %1 s</translation>
    </message>
</context>
<context>
    <name>ImportUsers</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Eine CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what the import would do.</source>
        <translation>Wählen Sie eine CSV-Datei, um zu sehen, was der Import bewirken würde.</translation>
    </message>
    <message>
        <source>Show only lines that will &amp;not be imported</source>
        <translation>Nur Zeilen anzeigen, die &amp;nicht importiert werden</translation>
    </message>
    <message>
        <source>Show only lines that will not be imported</source>
        <translation>Nur Zeilen anzeigen, die nicht importiert werden</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Import outcome</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>&amp;Overwrite the passwords of existing users</source>
        <translation>Passwörter vorhandener Benutzer &amp;überschreiben</translation>
    </message>
    <message>
        <source>Overwrite the passwords of existing users</source>
        <translation>Passwörter vorhandener Benutzer überschreiben</translation>
    </message>
    <message>
        <source>Users that exist already are skipped unless this is ticked. When it is, their passwords are replaced by the ones in the file.</source>
        <translation>Bereits vorhandene Benutzer werden übersprungen, außer dies ist angekreuzt. Dann werden ihre Passwörter durch die aus der Datei ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>&amp;Parallele Anfragen:</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed users</source>
        <translation>Die fehlgeschlagenen Benutzer erneut versuchen</translation>
    </message>
    <message>
        <source>Sends again only what failed, was cancelled or was not started. What succeeded is not sent again.</source>
        <translation>Sendet nur erneut, was fehlgeschlagen ist, abgebrochen oder nicht gestartet wurde. Was erfolgreich war, wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Den Import anhalten</translation>
    </message>
    <message>
        <source>Starts no further request; the ones on their way finish and their outcome is shown.</source>
        <translation>Startet keine weitere Anfrage; die bereits unterwegs sind, werden beendet und ihr Ergebnis angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Den Import starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking which users exist already… %1 of %2</source>
        <translation>Es wird geprüft, welche Benutzer bereits existieren… %1 von %2</translation>
    </message>
    <message>
        <source>Could not find out which users exist already, so none of them will be imported. Choose the file again to retry.</source>
        <translation>Es ließ sich nicht feststellen, welche Benutzer bereits existieren, daher wird keiner importiert. Wählen Sie die Datei erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>The connection to the server changed. Choose the file again once connected.</source>
        <translation>Die Verbindung zum Server hat sich geändert. Wählen Sie die Datei erneut, sobald eine Verbindung besteht.</translation>
    </message>
    <message>
        <source>Choose a CSV File of Users</source>
        <translation>Eine CSV-Datei mit Benutzern wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Choose another file.</source>
        <translation>%1 konnte nicht geöffnet werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 ist größer als %2 MB: Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>This file contains no users.</source>
        <translation>Diese Datei enthält keine Benutzer.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server, then choose the file again.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Server und wählen Sie dann die Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Checking which of the %n user(s) exist already…</source>
        <translation>
            <numerusform>Es wird geprüft, ob der %n Benutzer bereits existiert…</numerusform>
            <numerusform>Es wird geprüft, welche der %n Benutzer bereits existieren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will be created.</source>
        <translation>
            <numerusform>%n neuer Benutzer wird angelegt.</numerusform>
            <numerusform>%n neue Benutzer werden angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will get the password from the file.</source>
        <translation>
            <numerusform>%n vorhandener Benutzer erhält das Passwort aus der Datei.</numerusform>
            <numerusform>%n vorhandene Benutzer erhalten das Passwort aus der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will be skipped.</source>
        <translation>
            <numerusform>%n vorhandener Benutzer wird übersprungen.</numerusform>
            <numerusform>%n vorhandene Benutzer werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: see Details.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden: siehe Details.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden: siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Passwords?</source>
        <translation>Passwörter ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exist already. Their passwords will be replaced by the ones in the file, and they will have to log in with the new password.</source>
        <translation>
            <numerusform>%n Benutzer existiert bereits. Sein Passwort wird durch das aus der Datei ersetzt, und er muss sich mit dem neuen Passwort anmelden.</numerusform>
            <numerusform>%n Benutzer existieren bereits. Ihre Passwörter werden durch die aus der Datei ersetzt, und sie müssen sich mit dem neuen Passwort anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n Password(s)</source>
        <translation>
            <numerusform>%n Passwort ersetzen</numerusform>
            <numerusform>%n Passwörter ersetzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be imported: see the Message column. “Retry Failed” sends only those again.</source>
        <translation>
            <numerusform>%n Benutzer konnte nicht importiert werden: siehe Spalte „Meldung“. „Fehlgeschlagene wiederholen“ sendet nur diesen erneut.</numerusform>
            <numerusform>%n Benutzer konnten nicht importiert werden: siehe Spalte „Meldung“. „Fehlgeschlagene wiederholen“ sendet nur diese erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n user(s) were not imported: “Retry Failed” sends only those.</source>
        <translation>
            <numerusform>Angehalten. %n Benutzer wurde nicht importiert: „Fehlgeschlagene wiederholen“ sendet nur diesen.</numerusform>
            <numerusform>Angehalten. %n Benutzer wurden nicht importiert: „Fehlgeschlagene wiederholen“ sendet nur diese.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Benutzer importiert.</numerusform>
            <numerusform>Import abgeschlossen: %n Benutzer importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for the %n request(s) on their way.</source>
        <translation>
            <numerusform>Wird angehalten: Warten auf die %n Anfrage, die unterwegs ist.</numerusform>
            <numerusform>Wird angehalten: Warten auf die %n Anfragen, die unterwegs sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 Succeeded: %2 · Failed: %3 · Cancelled: %4 · Not started: %5 · Skipped: %6</source>
        <translation>%1 Erfolgreich: %2 · Fehlgeschlagen: %3 · Abgebrochen: %4 · Nicht gestartet: %5 · Übersprungen: %6</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer &amp;importieren</numerusform>
            <numerusform>%n Benutzer &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection is read-only: nothing can be imported.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Es kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported: see Details.</source>
        <translation>Nichts in dieser Datei kann importiert werden: siehe Details.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume (%n Left)</source>
        <translation>
            <numerusform>&amp;Fortsetzen (%n übrig)</numerusform>
            <numerusform>&amp;Fortsetzen (%n übrig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed</source>
        <translation>
            <numerusform>%n fehlgeschlagenen &amp;wiederholen</numerusform>
            <numerusform>%n fehlgeschlagene &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the Import?</source>
        <translation>Import anhalten?</translation>
    </message>
    <message>
        <source>The import is still running: %1 of %2 done. Closing stops it. The requests already on their way (up to %3) may or may not be applied by the server.</source>
        <translation>Der Import läuft noch: %1 von %2 erledigt. Schließen hält ihn an. Die bereits unterwegs befindlichen Anfragen (bis zu %3) werden vom Server vielleicht noch ausgeführt, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Anhalten und schließen</translation>
    </message>
    <message>
        <source>One user per line: &lt;tt&gt;user,password[,role]&lt;/tt&gt;, comma-separated, UTF-8; where the server makes invitations, a line without a password gets an invitation. A first line &lt;tt&gt;user,password,role&lt;/tt&gt; is read as the header. Nothing is sent before you click Import.</source>
        <translation>Ein Benutzer pro Zeile: &lt;tt&gt;user,password[,role]&lt;/tt&gt;, durch Kommas getrennt, UTF-8; wo der Server Einladungen ausstellt, erhält eine Zeile ohne Passwort eine Einladung. Eine erste Zeile &lt;tt&gt;user,password,role&lt;/tt&gt; gilt als Kopfzeile. Nichts wird gesendet, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>In&amp;vite every new user instead of setting a password</source>
        <translation>Jeden neuen Benutzer ein&amp;laden, statt ein Passwort zu setzen</translation>
    </message>
    <message>
        <source>Invite every new user instead of setting a password</source>
        <translation>Jeden neuen Benutzer einladen, statt ein Passwort zu setzen</translation>
    </message>
    <message>
        <source>New users get an invitation to register with, and choose their own password. Lines without a password get one anyway where the server makes invitations.</source>
        <translation>Neue Benutzer erhalten eine Einladung zur Registrierung und wählen ihr Passwort selbst. Zeilen ohne Passwort erhalten ohnehin eine, wo der Server Einladungen ausstellt.</translation>
    </message>
    <message>
        <source>How many requests the console keeps going at once. It opens at most six connections to a server; requests beyond six wait on this side and go out the moment a connection is free, so that the server never waits for the next one. Where the server has batch routes (this console&apos;s module), each request creates many users, sized so that none takes much over a second.</source>
        <translation>Wie viele Anfragen die Konsole gleichzeitig laufen lässt. Sie öffnet höchstens sechs Verbindungen zu einem Server; Anfragen über sechs hinaus warten auf dieser Seite und gehen hinaus, sobald eine Verbindung frei ist, damit der Server nie auf die nächste wartet. Wo der Server Stapel-Routen hat (das Modul dieser Konsole), legt jede Anfrage viele Benutzer an, so bemessen, dass keine viel länger als eine Sekunde dauert.</translation>
    </message>
    <message>
        <source>E&amp;xport Invitations…</source>
        <translation>Einladungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the invitations as CSV</source>
        <translation>Die Einladungen als CSV exportieren</translation>
    </message>
    <message>
        <source>Saves the invitations made (user, link, expiry) as CSV, for a mail merge.</source>
        <translation>Speichert die erstellten Einladungen (Benutzer, Link, Ablauf) als CSV, für einen Serienbrief.</translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will get an invitation instead of a password.</source>
        <translation>
            <numerusform>%n neuer Benutzer erhält eine Einladung statt eines Passworts.</numerusform>
            <numerusform>%n neue Benutzer erhalten eine Einladung statt eines Passworts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made: “Export Invitations…” saves their links for a mail merge.</source>
        <translation>
            <numerusform>%n Einladung erstellt: „Einladungen exportieren…“ speichert ihren Link für einen Serienbrief.</numerusform>
            <numerusform>%n Einladungen erstellt: „Einladungen exportieren…“ speichert ihre Links für einen Serienbrief.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server makes no invitations: every line needs a password.</source>
        <translation>Dieser Server stellt keine Einladungen aus: jede Zeile braucht ein Passwort.</translation>
    </message>
    <message>
        <source>Export Invitations as CSV</source>
        <translation>Einladungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) saved to %1. The links are secrets: hand each one only to its person.</source>
        <translation>
            <numerusform>%n Einladung in %1 gespeichert. Die Links sind geheim: Geben Sie jeden nur seiner Person.</numerusform>
            <numerusform>%n Einladungen in %1 gespeichert. Die Links sind geheim: Geben Sie jeden nur seiner Person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>Invitation QR code</source>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Link der Einladung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the invitation link</source>
        <translation>Den Link der Einladung kopieren</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>&amp;Webseite:</translation>
    </message>
    <message>
        <source>Invitation web page</source>
        <translation>Webseite der Einladung</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the invitation web page</source>
        <translation>Die Adresse der Webseite der Einladung kopieren</translation>
    </message>
    <message>
        <source>Select an invitation to show its QR code and link.</source>
        <translation>Wählen Sie eine Einladung aus, um ihren QR-Code und Link anzuzeigen.</translation>
    </message>
    <message>
        <source>Password reset for %1, valid until %2.</source>
        <translation>Zurücksetzen des Passworts für %1, gültig bis %2.</translation>
    </message>
    <message>
        <source>New account on %1, valid until %2.</source>
        <translation>Neues Konto auf %1, gültig bis %2.</translation>
    </message>
    <message>
        <source>New account %1, valid until %2.</source>
        <translation>Neues Konto %1, gültig bis %2.</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s XMPP client, or send the link.</source>
        <translation>Scannen Sie den Code mit dem XMPP-Client des Telefons oder senden Sie den Link.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>anyone (reusable)</source>
        <translation>jeder (wiederverwendbar)</translation>
    </message>
    <message>
        <source>anyone (once)</source>
        <translation>jeder (einmalig)</translation>
    </message>
    <message>
        <source>new account</source>
        <translation>neues Konto</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>This invitation has expired: its link no longer works.</source>
        <translation>Diese Einladung ist abgelaufen: Ihr Link funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>&amp;New Invitation…</source>
        <translation>&amp;Neue Einladung…</translation>
    </message>
    <message>
        <source>Create an invitation</source>
        <translation>Eine Einladung erstellen</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected invitations</source>
        <translation>Die ausgewählten Einladungen widerrufen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Accounts pending deletion</source>
        <translation>Zur Löschung vorgemerkte Konten</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Restore the selected accounts</source>
        <translation>Die ausgewählten Konten wiederherstellen</translation>
    </message>
    <message>
        <source>Unavailable on this server: %1</source>
        <translation>Auf diesem Server nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Could not read the invitations.</source>
        <translation>Die Einladungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the accounts pending deletion.</source>
        <translation>Die zur Löschung vorgemerkten Konten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not create the invitation.</source>
        <translation>Die Einladung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Invitation created: hand over the QR code or the link below. It works until it expires or is revoked.</source>
        <translation>Einladung erstellt: Geben Sie den QR-Code oder den Link unten weiter. Sie gilt, bis sie abläuft oder widerrufen wird.</translation>
    </message>
    <message>
        <source>Revoke Invitations</source>
        <translation>Einladungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working at once: %1</source>
        <translation>
            <numerusform>%n Einladung widerrufen? Ihr Link funktioniert sofort nicht mehr: %1</numerusform>
            <numerusform>%n Einladungen widerrufen? Ihre Links funktionieren sofort nicht mehr: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n Einladung widerrufen.</numerusform>
            <numerusform>%n Einladungen widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not revoke %n invitation(s).</source>
        <translation>
            <numerusform>%n Einladung konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Einladungen konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored, enabled again with everything they had: %1</source>
        <translation>Wiederhergestellt und wieder aktiviert, mit allem, was sie hatten: %1</translation>
    </message>
    <message>
        <source>Could not restore every account.</source>
        <translation>Nicht alle Konten konnten wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This server&apos;s admin module has no invitations (it needs this project&apos;s module and mod_invites).</source>
        <translation>Das Administrationsmodul dieses Servers hat keine Einladungen (dafür sind das Modul dieses Projekts und mod_invites nötig).</translation>
    </message>
    <message>
        <source>Deleted accounts stay restorable until the server&apos;s grace period ends; then they are gone for good.</source>
        <translation>Gelöschte Konten bleiben wiederherstellbar, bis die Schonfrist des Servers endet; danach sind sie endgültig weg.</translation>
    </message>
    <message>
        <source>This server deletes accounts at once: no grace period (Prosody 13 with mod_user_account_management and registration_delete_grace_period).</source>
        <translation>Dieser Server löscht Konten sofort: keine Schonfrist (Prosody 13 mit mod_user_account_management und registration_delete_grace_period).</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Dieses Profil ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>IpAddressValidator</name>
    <message>
        <source>Enter an IP address, for example 192.0.2.7 or 2001:db8::7.</source>
        <translation>Geben Sie eine IP-Adresse ein, zum Beispiel 192.0.2.7 oder 2001:db8::7.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces: enter one address at a time.</source>
        <translation>Eine Adresse darf keine Leerzeichen enthalten: Geben Sie jeweils eine Adresse ein.</translation>
    </message>
    <message>
        <source>Address ranges such as “%1” (CIDR) are not supported by the whitelist module: enter single addresses, one at a time.</source>
        <translation>Adressbereiche wie „%1“ (CIDR) werden vom Whitelist-Modul nicht unterstützt: Geben Sie einzelne Adressen ein, eine nach der anderen.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 192.0.2.7.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine IPv4- oder IPv6-Adresse ein, zum Beispiel 192.0.2.7.</translation>
    </message>
    <message>
        <source>Enter the address without its scope (the part from “%” on): the whitelist cannot hold scoped IPv6 addresses.</source>
        <translation>Geben Sie die Adresse ohne ihren Bereich ein (den Teil ab „%“): Die Whitelist kann keine IPv6-Adressen mit Bereich aufnehmen.</translation>
    </message>
    <message>
        <source>Enter the address without a port: “%1”. The whitelist holds addresses, not ports.</source>
        <translation>Geben Sie die Adresse ohne Port ein: „%1“. Die Whitelist enthält Adressen, keine Ports.</translation>
    </message>
    <message>
        <source>The address will be stored as “%1”.</source>
        <translation>Die Adresse wird als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 2001:db8::7.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine IPv4- oder IPv6-Adresse ein, zum Beispiel 2001:db8::7.</translation>
    </message>
    <message>
        <source>Write the address without leading zeros (such as “010”): some systems read them as octal numbers.</source>
        <translation>Schreiben Sie die Adresse ohne führende Nullen (wie „010“): Manche Systeme lesen sie als Oktalzahlen.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address (host names are not accepted), for example 192.0.2.7.</source>
        <translation>„%1“ ist keine IP-Adresse. Geben Sie eine IPv4- oder IPv6-Adresse ein (Hostnamen werden nicht akzeptiert), zum Beispiel 192.0.2.7.</translation>
    </message>
</context>
<context>
    <name>JidValidator</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation>Ein Benutzername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A user name cannot contain the character “%1”.</source>
        <translation>Ein Benutzername darf das Zeichen „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A user name can be at most 1023 bytes long.</source>
        <translation>Ein Benutzername darf höchstens 1023 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The name will be stored as “%1”.</source>
        <translation>Der Name wird als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Enter a domain after the @.</source>
        <translation>Geben Sie nach dem @ eine Domain ein.</translation>
    </message>
    <message>
        <source>A domain can be at most 1023 bytes long.</source>
        <translation>Eine Domain darf höchstens 1023 Bytes lang sein.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation>„%1“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>A domain cannot contain “%1”.</source>
        <translation>Eine Domain darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <source>Enter a user without a resource (nothing after “/”).</source>
        <translation>Geben Sie einen Benutzer ohne Ressource ein (nichts nach „/“).</translation>
    </message>
    <message>
        <source>Enter a JID without a resource (nothing after “/”).</source>
        <translation>Geben Sie eine JID ohne Ressource ein (nichts nach „/“).</translation>
    </message>
    <message>
        <source>Enter a full JID such as user@example.org.</source>
        <translation>Geben Sie eine vollständige JID wie user@example.org ein.</translation>
    </message>
    <message>
        <source>A JID contains only one “@”.</source>
        <translation>Eine JID enthält nur ein „@“.</translation>
    </message>
    <message>
        <source>The JID will be used as “%1”.</source>
        <translation>Die JID wird als „%1“ verwendet.</translation>
    </message>
    <message>
        <source>A user name cannot mix right-to-left and left-to-right letters, and right-to-left text must start and end with a right-to-left letter.</source>
        <translation>Ein Benutzername darf Buchstaben mit Schreibrichtung rechts nach links und links nach rechts nicht mischen, und Text von rechts nach links muss mit einem Buchstaben von rechts nach links beginnen und enden.</translation>
    </message>
    <message>
        <source>“%1” holds a character the server does not accept in a user name.</source>
        <translation>„%1“ enthält ein Zeichen, das der Server in einem Benutzernamen nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>KickDialog</name>
    <message>
        <source>Disconnect Sessions</source>
        <translation>Sitzungen trennen</translation>
    </message>
    <message>
        <source>Sessions to disconnect</source>
        <translation>Zu trennende Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Reason shown to the users:</source>
        <translation>Den Benutzern angezeigter &amp;Grund:</translation>
    </message>
    <message>
        <source>Disconnected by the server administrator</source>
        <translation>Vom Serveradministrator getrennt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>This is not a ban: their clients may sign in again at once. To keep a user out, change the password or delete the account.</source>
        <translation>Das ist keine Sperre: Ihre Clients können sich sofort wieder anmelden. Um einen Benutzer fernzuhalten, ändern Sie das Passwort oder löschen Sie das Konto.</translation>
    </message>
    <message numerus="yes">
        <source>These %n session(s) will be closed now, with the reason below:</source>
        <translation>
            <numerusform>Diese %n Sitzung wird jetzt mit dem unten stehenden Grund geschlossen:</numerusform>
            <numerusform>Diese %n Sitzungen werden jetzt mit dem unten stehenden Grund geschlossen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)</source>
        <translation>
            <numerusform>%n Sitzung &amp;trennen</numerusform>
            <numerusform>%n Sitzungen &amp;trennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Prosody Admin Console</source>
        <translation>Prosody-Administrationskonsole</translation>
    </message>
    <message>
        <source>Profile marking</source>
        <translation>Profilmarkierung</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation>Den aktuellen Bereich neu vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Move the cursor to the current pane&apos;s filter</source>
        <translation>Den Cursor in das Filterfeld des aktuellen Bereichs setzen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Verbunden (%1)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <source>%1 — Prosody Admin Console</source>
        <translation>%1 — Prosody-Administrationskonsole</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Some names here contain invisible or text-direction characters, written out as \u codes: check that each is the one you mean.</source>
        <translation>Einige Namen hier enthalten unsichtbare Zeichen oder Zeichen, die die Schreibrichtung ändern, als \u-Codes ausgeschrieben: Prüfen Sie, ob jeder Name der gemeinte ist.</translation>
    </message>
    <message>
        <source>Some names are too long to be shown here in full: the details show them whole.</source>
        <translation>Einige Namen sind zu lang, um sie hier ganz zu zeigen: Die Details zeigen sie vollständig.</translation>
    </message>
</context>
<context>
    <name>MessageOptionsWidget</name>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Message subject</source>
        <translation>Betreff der Nachricht</translation>
    </message>
    <message>
        <source>Pre&amp;view to Me</source>
        <translation>&amp;Vorschau an mich</translation>
    </message>
    <message>
        <source>Send this message to your own account first, to see how it arrives</source>
        <translation>Diese Nachricht zuerst an Ihr eigenes Konto senden, um zu sehen, wie sie ankommt</translation>
    </message>
    <message>
        <source>Send a preview to your own account</source>
        <translation>Eine Vorschau an Ihr eigenes Konto senden</translation>
    </message>
    <message>
        <source>Server default (normal)</source>
        <translation>Serverstandard (normal)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
    <message>
        <source>This server sends every message as type “normal” without a subject.</source>
        <translation>Dieser Server sendet jede Nachricht als Typ „normal“ ohne Betreff.</translation>
    </message>
    <message>
        <source>Normal: a standalone message. Some mobile clients show it only in a separate list or not at all; choose Chat if users miss it.</source>
        <translation>Normal: eine eigenständige Nachricht. Manche mobilen Clients zeigen sie nur in einer eigenen Liste oder gar nicht an; wählen Sie „Chat“, wenn Benutzer sie übersehen.</translation>
    </message>
    <message>
        <source>Chat: shows in a conversation with the server&apos;s address, like a message from a contact; every client shows it.</source>
        <translation>Chat: erscheint in einer Unterhaltung mit der Adresse des Servers, wie eine Nachricht eines Kontakts; jeder Client zeigt sie an.</translation>
    </message>
    <message>
        <source>Headline: a notice that is not stored in the conversation and is not kept for users who are offline; several clients show it briefly or not at all.</source>
        <translation>Schlagzeile: ein Hinweis, der nicht in der Unterhaltung gespeichert und für abwesende Benutzer nicht aufbewahrt wird; mehrere Clients zeigen ihn nur kurz oder gar nicht an.</translation>
    </message>
    <message>
        <source>Write the message first, then send the preview.</source>
        <translation>Schreiben Sie zuerst die Nachricht und senden Sie dann die Vorschau.</translation>
    </message>
    <message>
        <source>The preview to %1 was not sent: %2</source>
        <translation>Die Vorschau an %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Preview queued for %1: you are not online with that account; it arrives when you sign in.</source>
        <translation>Vorschau für %1 gespeichert: Sie sind mit diesem Konto nicht angemeldet; sie kommt an, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Preview sent to %1: look at it in your own client.</source>
        <translation>Vorschau an %1 gesendet: Sehen Sie sie sich in Ihrem eigenen Client an.</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>This module serves the admin API the console uses: unloading it cuts the console off.</source>
        <translation>Dieses Modul stellt die Administrations-API bereit, die die Konsole verwendet: Wird es entladen, ist die Konsole abgeschnitten.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Enter a module name, for example “uptime”.</source>
        <translation>Geben Sie einen Modulnamen ein, zum Beispiel „uptime“.</translation>
    </message>
    <message>
        <source>A module name cannot contain spaces.</source>
        <translation>Ein Modulname darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A module name cannot contain “/” or “\”: enter the name only, for example “uptime”.</source>
        <translation>Ein Modulname darf weder „/“ noch „\“ enthalten: Geben Sie nur den Namen ein, zum Beispiel „uptime“.</translation>
    </message>
    <message>
        <source>A module name cannot contain “..”.</source>
        <translation>Ein Modulname darf „..“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A module name cannot contain “%”.</source>
        <translation>Ein Modulname darf „%“ nicht enthalten.</translation>
    </message>
    <message>
        <source>A module name cannot contain “%1”: use letters, digits, “_”, “-” and “.”.</source>
        <translation>Ein Modulname darf „%1“ nicht enthalten: Verwenden Sie Buchstaben, Ziffern, „_“, „-“ und „.“.</translation>
    </message>
    <message>
        <source>Prosody names this module “%1”.</source>
        <translation>Prosody nennt dieses Modul „%1“.</translation>
    </message>
</context>
<context>
    <name>ModulesPane</name>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Module name, e.g. uptime</source>
        <translation>Modulname, z. B. uptime</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Modulname</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check whether the module is loaded</source>
        <translation>Prüfen, ob das Modul geladen ist</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Load or reload the named module</source>
        <translation>Das genannte Modul laden oder neu laden</translation>
    </message>
    <message>
        <source>Filter modules…</source>
        <translation>Module filtern…</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Module filtern</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Load / &amp;reload selected</source>
        <translation>Ausgewählte laden / &amp;neu laden</translation>
    </message>
    <message>
        <source>Load or reload the selected modules</source>
        <translation>Die ausgewählten Module laden oder neu laden</translation>
    </message>
    <message>
        <source>&amp;Unload selected</source>
        <translation>Ausgewählte &amp;entladen</translation>
    </message>
    <message>
        <source>Unload the selected modules</source>
        <translation>Die ausgewählten Module entladen</translation>
    </message>
    <message>
        <source>Modules are loaded and unloaded on the host the console is connected to, until the server restarts or its configuration is reloaded. Modules that are not loaded appear here once checked or unloaded.</source>
        <translation>Module werden auf dem Host, mit dem die Konsole verbunden ist, geladen und entladen, bis der Server neu startet oder seine Konfiguration neu geladen wird. Nicht geladene Module erscheinen hier, sobald sie geprüft oder entladen wurden.</translation>
    </message>
    <message>
        <source>Could not list the modules.</source>
        <translation>Die Module konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Could not check the module %1.</source>
        <translation>Das Modul %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is loaded.</source>
        <translation>%1 ist geladen.</translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation>%1 ist nicht geladen.</translation>
    </message>
    <message>
        <source>The selected modules are not loaded.</source>
        <translation>Die ausgewählten Module sind nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Unload %n module(s) from %1?</source>
        <translation>
            <numerusform>%n Modul von %1 entladen?</numerusform>
            <numerusform>%n Module von %1 entladen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unload %n module(s)</source>
        <translation>
            <numerusform>%n Modul entladen</numerusform>
            <numerusform>%n Module entladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unload modules</source>
        <translation>Module entladen</translation>
    </message>
    <message>
        <source>Unload admin_rest and lose access</source>
        <translation>admin_rest entladen und den Zugang verlieren</translation>
    </message>
    <message>
        <source>admin_rest serves the API this console uses. Once it is unloaded, this console — and every other client of the API — is cut off from the server until someone loads the module again on the server itself, for example with prosodyctl shell: module:load(&quot;admin_rest&quot;, &quot;%1&quot;).</source>
        <translation>admin_rest stellt die API bereit, die diese Konsole verwendet. Sobald es entladen ist, sind diese Konsole — und jeder andere Client der API — vom Server abgeschnitten, bis jemand das Modul auf dem Server selbst wieder lädt, zum Beispiel mit prosodyctl shell: module:load(&quot;admin_rest&quot;, &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unload and lose access</source>
        <translation>Entladen und Zugang verlieren</translation>
    </message>
    <message>
        <source>admin_rest is unloaded: this console can no longer reach the server&apos;s API until the module is loaded again on the server.</source>
        <translation>admin_rest ist entladen: Diese Konsole erreicht die API des Servers nicht mehr, bis das Modul auf dem Server wieder geladen wird.</translation>
    </message>
    <message numerus="yes">
        <source>Could not unload %n module(s): %1.</source>
        <translation>
            <numerusform>%n Modul konnte nicht entladen werden: %1.</numerusform>
            <numerusform>%n Module konnten nicht entladen werden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n module(s): %1.</source>
        <translation>
            <numerusform>%n Modul konnte nicht geladen werden: %1.</numerusform>
            <numerusform>%n Module konnten nicht geladen werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the request, but the module&apos;s state did not change: see the server&apos;s log.</source>
        <translation>Der Server hat die Anfrage angenommen, aber der Zustand des Moduls hat sich nicht geändert: siehe Protokoll des Servers.</translation>
    </message>
    <message>
        <source>Unloaded: %1.</source>
        <translation>Entladen: %1.</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Geladen: %1.</translation>
    </message>
    <message>
        <source>Reloaded: %1.</source>
        <translation>Neu geladen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded</source>
        <translation>
            <numerusform>%n Modul geladen</numerusform>
            <numerusform>%n Module geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n nicht geladen</numerusform>
            <numerusform>%n nicht geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>Warten, bis der Server die letzte Änderung abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Load the module, or reload it if it is loaded</source>
        <translation>Das Modul laden oder, falls geladen, neu laden</translation>
    </message>
    <message>
        <source>Load the selected modules, or reload those already loaded</source>
        <translation>Die ausgewählten Module laden oder die bereits geladenen neu laden</translation>
    </message>
    <message>
        <source>Unload the selected loaded modules</source>
        <translation>Die ausgewählten geladenen Module entladen</translation>
    </message>
</context>
<context>
    <name>MulticastMessage</name>
    <message numerus="yes">
        <source>Multicast to %n recipient(s)</source>
        <translation>
            <numerusform>Multicast an %n Empfänger</numerusform>
            <numerusform>Multicast an %n Empfänger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Verbindung zu %1 nicht möglich.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Fill in a strong random password and show it once, so you can copy it</source>
        <translation>Ein starkes Zufallspasswort eintragen und einmal anzeigen, damit Sie es kopieren können</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Ein Passwort erzeugen</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Das Passwort wiederholen</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erzeugt:</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Erzeugtes Passwort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation>Das erzeugte Passwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the generated password</source>
        <translation>Das erzeugte Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy this password now and pass it on safely: it is not shown again.</source>
        <translation>Kopieren Sie dieses Passwort jetzt und geben Sie es sicher weiter: Es wird nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>Copied. Pass it on safely: it is not shown again.</source>
        <translation>Kopiert. Geben Sie es sicher weiter: Es wird nicht erneut angezeigt.</translation>
    </message>
    <message>
        <source>Enter a password, or press Generate.</source>
        <translation>Geben Sie ein Passwort ein oder klicken Sie auf „Erzeugen“.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie in beide Felder dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>The password begins or ends with a space, which is easy to miss when logging in. Submit again to keep it as typed.</source>
        <translation>Das Passwort beginnt oder endet mit einem Leerzeichen, das man beim Anmelden leicht übersieht. Senden Sie erneut ab, um es wie eingegeben zu behalten.</translation>
    </message>
    <message>
        <source>Note: the password begins or ends with a space.</source>
        <translation>Hinweis: Das Passwort beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>PathSegment</name>
    <message>
        <source>a name is empty</source>
        <translation>ein Name ist leer</translation>
    </message>
    <message>
        <source>“%1” contains “/”, which the server cannot accept in a name</source>
        <translation>„%1“ enthält „/“, was der Server in einem Namen nicht annehmen kann</translation>
    </message>
    <message>
        <source>“%1” is not a valid name</source>
        <translation>„%1“ ist kein gültiger Name</translation>
    </message>
</context>
<context>
    <name>PendingDeletionsModel</name>
    <message>
        <source>any moment now</source>
        <translation>jeden Moment</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restorable until</source>
        <translation>Wiederherstellbar bis</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The console shows the new language when it is started next time.</source>
        <translation>Die Konsole zeigt die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>ProfileCertificateDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Certificate presented by the server</source>
        <translation>Vom Server vorgelegtes Zertifikat</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Namen, für die das Zertifikat gilt</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s operator gives you (for Prosody: prosodyctl cert check, or openssl x509 -noout -fingerprint -sha256 -in the certificate) before you pin it. A pinned profile accepts this certificate only and refuses any other.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Betreiber des Servers nennt (für Prosody: prosodyctl cert check oder openssl x509 -noout -fingerprint -sha256 -in mit dem Zertifikat), bevor Sie ihn anheften. Ein angeheftetes Profil akzeptiert nur dieses Zertifikat und lehnt jedes andere ab.</translation>
    </message>
    <message>
        <source>Certificate Does Not Match the Pin</source>
        <translation>Zertifikat passt nicht zur Anheftung</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one pinned in this profile. The server&apos;s certificate may have been replaced — or someone may be intercepting the connection. Pin the new certificate only if the server&apos;s operator confirms its fingerprint.</source>
        <translation>%1 hat ein anderes Zertifikat vorgelegt als das in diesem Profil angeheftete. Das Zertifikat des Servers wurde vielleicht ersetzt — oder jemand fängt die Verbindung ab. Heften Sie das neue Zertifikat nur an, wenn der Betreiber des Servers seinen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this computer does not trust, so nothing was sent to it.</source>
        <translation>%1 hat ein Zertifikat vorgelegt, dem dieser Rechner nicht vertraut, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbstsigniert)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (noch nicht gültig)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation>Das neue Zertifikat &amp;anheften</translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation>Dieses Zertifikat &amp;anheften</translation>
    </message>
    <message>
        <source>Pin this certificate to the profile</source>
        <translation>Dieses Zertifikat an das Profil anheften</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Server Profiles…</source>
        <translation>&amp;Serverprofile…</translation>
    </message>
    <message>
        <source>Add, edit, import and export server profiles</source>
        <translation>Serverprofile hinzufügen, bearbeiten, importieren und exportieren</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Check address, password, admin rights and capabilities of the current profile</source>
        <translation>Adresse, Passwort, Administratorrechte und Fähigkeiten des aktuellen Profils prüfen</translation>
    </message>
    <message>
        <source>&amp;Fleet Overview…</source>
        <translation>&amp;Flottenübersicht…</translation>
    </message>
    <message>
        <source>Every profile&apos;s server at a glance</source>
        <translation>Die Server aller Profile auf einen Blick</translation>
    </message>
    <message>
        <source>Starting the sandbox server…</source>
        <translation>Sandbox-Server wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox server could not start: %1</source>
        <translation>Der Sandbox-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>No password for this profile is saved in the system keychain yet.</source>
        <translation>Für dieses Profil ist noch kein Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Not connected to %1: no password was given.</source>
        <translation>Nicht mit %1 verbunden: Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Sandbox (%1)</translation>
    </message>
    <message>
        <source>The current profile was deleted. Choose another one.</source>
        <translation>Das aktuelle Profil wurde gelöscht. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Choose a server profile first.</source>
        <translation>Wählen Sie zuerst ein Serverprofil.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>Address of admin_rest</source>
        <translation>Adresse von admin_rest</translation>
    </message>
    <message>
        <source>https://xmpp.example.org:5281/admin_rest</source>
        <translation>https://xmpp.example.org:5281/admin_rest</translation>
    </message>
    <message>
        <source>Admin &amp;JID:</source>
        <translation>Administrator-&amp;JID:</translation>
    </message>
    <message>
        <source>Admin JID</source>
        <translation>Administrator-JID</translation>
    </message>
    <message>
        <source>admin@example.org</source>
        <translation>admin@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation>Automatisch &amp;aktualisieren:</translation>
    </message>
    <message>
        <source>Auto-refresh interval in seconds</source>
        <translation>Intervall der automatischen Aktualisierung in Sekunden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Read-&amp;only: disable every change on this server</source>
        <translation>&amp;Schreibgeschützt: jede Änderung auf diesem Server verhindern</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>none (e.g. Customers/Acme)</source>
        <translation>keiner (z. B. Kunden/Acme)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Markierung:</translation>
    </message>
    <message>
        <source>none (e.g. production)</source>
        <translation>keine (z. B. Produktion)</translation>
    </message>
    <message>
        <source>Shown in the window title and across the top of the window while connected</source>
        <translation>Im Fenstertitel und oben über das ganze Fenster angezeigt, solange verbunden</translation>
    </message>
    <message>
        <source>Marking label</source>
        <translation>Markierungstext</translation>
    </message>
    <message>
        <source>Marking colour</source>
        <translation>Markierungsfarbe</translation>
    </message>
    <message>
        <source>Certificate (https)</source>
        <translation>Zertifikat (https)</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>Angeheftetes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck des angehefteten Zertifikats</translation>
    </message>
    <message>
        <source>none (SHA-256 fingerprint, AB:CD:…)</source>
        <translation>keins (SHA-256-Fingerabdruck, AB:CD:…)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>Das angeheftete Zertifikat entfernen</translation>
    </message>
    <message>
        <source>Trusted CA &amp;file:</source>
        <translation>Vertrauenswürdige CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>File of trusted CA certificates</source>
        <translation>Datei mit vertrauenswürdigen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>optional PEM file</source>
        <translation>optionale PEM-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Die CA-Datei wählen</translation>
    </message>
    <message>
        <source>Allow plain HTTP to another computer (unsafe)</source>
        <translation>Einfaches HTTP zu einem anderen Rechner erlauben (unsicher)</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP sends the admin password readable by anyone on the network. Use https instead whenever possible.</source>
        <translation>Basic-Authentifizierung über einfaches HTTP sendet das Administratorpasswort für jeden im Netzwerk lesbar. Verwenden Sie nach Möglichkeit https.</translation>
    </message>
    <message>
        <source>New Server Profile</source>
        <translation>Neues Serverprofil</translation>
    </message>
    <message>
        <source>Server Profile — %1</source>
        <translation>Serverprofil — %1</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>Verbindung &amp;testen…</translation>
    </message>
    <message>
        <source>Test the connection with these settings</source>
        <translation>Die Verbindung mit diesen Einstellungen testen</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>asked when connecting</source>
        <translation>wird beim Verbinden abgefragt</translation>
    </message>
    <message>
        <source>Leave the password empty to keep the one you entered before.</source>
        <translation>Lassen Sie das Passwort leer, um das zuvor eingegebene zu behalten.</translation>
    </message>
    <message>
        <source>asked when connecting if left empty</source>
        <translation>wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>Plain HTTP to another computer would send the password unencrypted. Use https, or tick the unsafe option below if this network is trusted.</source>
        <translation>Einfaches HTTP zu einem anderen Rechner würde das Passwort unverschlüsselt senden. Verwenden Sie https oder kreuzen Sie unten die unsichere Option an, wenn dieses Netzwerk vertrauenswürdig ist.</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>Das Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation>Vertrauenswürdige CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unsafe: the password will travel unencrypted to %1.</source>
        <translation>Unsicher: Das Passwort wird unverschlüsselt zu %1 übertragen.</translation>
    </message>
    <message>
        <source>Plain HTTP to another computer is refused unless you tick the unsafe option below. Prefer https.</source>
        <translation>Einfaches HTTP zu einem anderen Rechner wird abgelehnt, außer Sie kreuzen unten die unsichere Option an. Verwenden Sie lieber https.</translation>
    </message>
    <message>
        <source>Warn of &amp;certificates expiring within:</source>
        <translation>Warnen, wenn &amp;Zertifikate ablaufen innerhalb von:</translation>
    </message>
    <message>
        <source>Certificate warning in days</source>
        <translation>Zertifikatswarnung in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
</context>
<context>
    <name>ProfileFleetModel</name>
    <message>
        <source>user list</source>
        <translation>Benutzerliste</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCards</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>server info</source>
        <translation>Serverinfo</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Passwort benötigt</translation>
    </message>
    <message>
        <source>Not available on this server: %1</source>
        <translation>Auf diesem Server nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Connected users</source>
        <translation>Verbundene Benutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prosody %1</source>
        <translation>Prosody %1</translation>
    </message>
    <message numerus="yes">
        <source>Answered in %n ms</source>
        <translation>
            <numerusform>Antwort in %n ms</numerusform>
            <numerusform>Antwort in %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered as %2.</source>
        <translation>%1 antwortete als %2.</translation>
    </message>
    <message>
        <source>No password known</source>
        <translation>Kein Passwort bekannt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ProfileListDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Das ausgewählte Profil bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Das ausgewählte Profil duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Das ausgewählte Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Profile aus einer Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Die Profile in eine Datei exportieren</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the selected profile</source>
        <translation>Mit dem ausgewählten Profil verbinden</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>No profiles yet. The built-in sandbox is always available; add a profile for each of your servers.</source>
        <translation>Noch keine Profile. Die eingebaute Sandbox ist immer verfügbar; legen Sie für jeden Ihrer Server ein Profil an.</translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation>Zertifikat angeheftet</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>CA-Datei %1</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>password asked for each session</source>
        <translation>Passwort wird in jeder Sitzung abgefragt</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>marked “%1”</source>
        <translation>markiert „%1“</translation>
    </message>
    <message>
        <source>UNSAFE: plain HTTP to another computer</source>
        <translation>UNSICHER: einfaches HTTP zu einem anderen Rechner</translation>
    </message>
    <message>
        <source>“%1” was created. Its password is not copied: you will be asked for it when connecting.</source>
        <translation>„%1“ wurde angelegt. Das Passwort wird nicht kopiert: Sie werden beim Verbinden danach gefragt.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its saved password is removed from the system keychain too. The server itself is not changed.</source>
        <translation>Das Profil „%1“ löschen? Sein gespeichertes Passwort wird auch aus dem Schlüsselbund des Systems entfernt. Der Server selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profile (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Passwords are never part of the file: you will be asked for them when connecting.</source>
        <translation>
            <numerusform>%n Profil importiert. Passwörter sind nie Teil der Datei: Sie werden beim Verbinden danach gefragt.</numerusform>
            <numerusform>%n Profile importiert. Passwörter sind nie Teil der Datei: Sie werden beim Verbinden danach gefragt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert, ohne Passwörter.</numerusform>
            <numerusform>%n Profile nach %1 exportiert, ohne Passwörter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 (profile “%3”).</source>
        <translation>Geben Sie das Passwort von %1 auf %2 ein (Profil „%3“).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept for this session only.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Enter the password, or cancel.</source>
        <translation>Geben Sie das Passwort ein oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>ProfileProbe</name>
    <message>
        <source>Reach the server</source>
        <translation>Server erreichen</translation>
    </message>
    <message>
        <source>Find admin_rest</source>
        <translation>admin_rest finden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Administratorrechte</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is the built-in sandbox&apos;s name. Choose another name.</source>
        <translation>„%1“ ist der Name der eingebauten Sandbox. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”. Choose another name.</source>
        <translation>Ein anderes Profil heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The built-in sandbox profile cannot be stored.</source>
        <translation>Das eingebaute Sandbox-Profil kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile to duplicate no longer exists.</source>
        <translation>Das zu duplizierende Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Imported profile</source>
        <translation>Importiertes Profil</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: the file or its folder is not writable.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden: Die Datei oder ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not changed.</source>
        <translation>Die Profildatei %1 ist beschädigt; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>The server profile this window works on</source>
        <translation>Das Serverprofil, mit dem dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source>The built-in sandbox: a throwaway Prosody on this computer, started on demand</source>
        <translation>Die eingebaute Sandbox: ein Wegwerf-Prosody auf diesem Rechner, bei Bedarf gestartet</translation>
    </message>
</context>
<context>
    <name>RecipientParser</name>
    <message>
        <source>“%1”: connect to a server first, or enter a full JID.</source>
        <translation>„%1“: Verbinden Sie sich zuerst mit einem Server oder geben Sie eine vollständige JID ein.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Delivered to online sessions</source>
        <translation>An angemeldete Sitzungen zugestellt</translation>
    </message>
    <message>
        <source>Queued for offline delivery</source>
        <translation>Für Offline-Zustellung gespeichert</translation>
    </message>
    <message>
        <source>Delivered or queued</source>
        <translation>Zugestellt oder gespeichert</translation>
    </message>
    <message>
        <source>Dropped: the server keeps no offline messages</source>
        <translation>Verworfen: Der Server speichert keine Offline-Nachrichten</translation>
    </message>
    <message>
        <source>Not sent: no such user</source>
        <translation>Nicht gesendet: kein solcher Benutzer</translation>
    </message>
    <message>
        <source>Unknown: may have arrived</source>
        <translation>Unbekannt: ist vielleicht angekommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Kein solcher Benutzer</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Prüfen nicht möglich</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This user does not exist on the server: the message will not be sent to it.</source>
        <translation>Dieser Benutzer existiert nicht auf dem Server: Die Nachricht wird ihm nicht gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s multicast counts cannot be matched to recipients: this user may or may not have received the message. Retry is not offered, to avoid sending it twice.</source>
        <translation>Die Multicast-Zählungen des Servers lassen sich keinen Empfängern zuordnen: Dieser Benutzer hat die Nachricht vielleicht erhalten, vielleicht nicht. Wiederholen wird nicht angeboten, um doppeltes Senden zu vermeiden.</translation>
    </message>
    <message>
        <source>Derived from the server&apos;s multicast counts and the users online just before sending.</source>
        <translation>Abgeleitet aus den Multicast-Zählungen des Servers und den kurz vor dem Senden angemeldeten Benutzern.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>RoomPeopleModel</name>
    <message>
        <source>(not in the room)</source>
        <translation>(nicht im Raum)</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Real address</source>
        <translation>Echte Adresse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporär</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>keine bekannt</translation>
    </message>
    <message>
        <source>From the room&apos;s %1</source>
        <translation>Aus der Quelle „%1“ des Raums</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Aufgeführt</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>RoomsPane</name>
    <message>
        <source>Filter rooms by address or name…</source>
        <translation>Räume nach Adresse oder Name filtern…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Räume filtern</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle Räume</translation>
    </message>
    <message>
        <source>Empty now</source>
        <translation>Jetzt leer</translation>
    </message>
    <message>
        <source>Empty and idle for</source>
        <translation>Leer und ungenutzt seit</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Tage ungenutzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Create room…</source>
        <translation>Raum anlegen…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Auflösen…</translation>
    </message>
    <message>
        <source>Cleanup…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>Propose the rooms that are empty and idle for a number of days, and destroy those</source>
        <translation>Räume vorschlagen, die seit einer Anzahl von Tagen leer und ungenutzt sind, und diese auflösen</translation>
    </message>
    <message>
        <source>Occupants and affiliations</source>
        <translation>Teilnehmer und Zugehörigkeiten</translation>
    </message>
    <message>
        <source>user@example.org</source>
        <translation>user@example.org</translation>
    </message>
    <message>
        <source>Address to affiliate</source>
        <translation>Adresse, deren Zugehörigkeit gesetzt wird</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Set affiliation</source>
        <translation>Zugehörigkeit setzen</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>outcast (banned)</source>
        <translation>Ausgestoßen (gesperrt)</translation>
    </message>
    <message>
        <source>none (remove)</source>
        <translation>Keine (entfernen)</translation>
    </message>
    <message>
        <source>Rooms are unavailable: this server&apos;s admin_rest module has no rooms extension (it is the published module, or the server hosts no MUC component).</source>
        <translation>Räume sind nicht verfügbar: Das admin_rest-Modul dieses Servers hat keine Raumerweiterung (es ist das veröffentlichte Modul, oder der Server betreibt keine MUC-Komponente).</translation>
    </message>
    <message>
        <source>Rooms are unavailable: %1</source>
        <translation>Räume sind nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n rooms…</source>
        <translation>
            <numerusform>%n Raum auflösen…</numerusform>
            <numerusform>%n Räume auflösen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No rooms</source>
        <translation>Keine Räume</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n room(s) shown</source>
        <translation>
            <numerusform>%1 von %n Raum angezeigt</numerusform>
            <numerusform>%1 von %n Räumen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the rooms.</source>
        <translation>Die Räume konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Select one room to see who is in it and who is affiliated with it.</source>
        <translation>Wählen Sie einen Raum aus, um zu sehen, wer darin ist und wer ihm zugehörig ist.</translation>
    </message>
    <message>
        <source>Occupants and affiliations of %1</source>
        <translation>Teilnehmer und Zugehörigkeiten von %1</translation>
    </message>
    <message>
        <source>Could not read the room %1.</source>
        <translation>Der Raum %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s) now</source>
        <translation>
            <numerusform>Derzeit %n Teilnehmer</numerusform>
            <numerusform>Derzeit %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n Zugehörigkeit</numerusform>
            <numerusform>%n Zugehörigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the room %1.</source>
        <translation>Der Raum %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Room %1 created.</source>
        <translation>Raum %1 angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) destroyed.</source>
        <translation>
            <numerusform>%n Raum aufgelöst.</numerusform>
            <numerusform>%n Räume aufgelöst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not destroy %n room(s): %1.</source>
        <translation>
            <numerusform>%n Raum konnte nicht aufgelöst werden: %1.</numerusform>
            <numerusform>%n Räume konnten nicht aufgelöst werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the affiliation of %1 in %2.</source>
        <translation>Die Zugehörigkeit von %1 in %2 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Affiliation of %1 in %2 set to %3.</source>
        <translation>Zugehörigkeit von %1 in %2 auf %3 gesetzt.</translation>
    </message>
    <message>
        <source>Loading rooms: %1 of %2…</source>
        <translation>Räume werden geladen: %1 von %2…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Each sees the other&apos;s presence.</source>
        <translation>Beide sehen die Anwesenheit des anderen.</translation>
    </message>
    <message>
        <source>The user sees the contact&apos;s presence, not the other way round.</source>
        <translation>Der Benutzer sieht die Anwesenheit des Kontakts, aber nicht umgekehrt.</translation>
    </message>
    <message>
        <source>The contact sees the user&apos;s presence, not the other way round.</source>
        <translation>Der Kontakt sieht die Anwesenheit des Benutzers, aber nicht umgekehrt.</translation>
    </message>
    <message>
        <source>Neither sees the other&apos;s presence.</source>
        <translation>Keiner sieht die Anwesenheit des anderen.</translation>
    </message>
    <message>
        <source>A subscription request is waiting for the contact&apos;s answer.</source>
        <translation>Eine Abonnementanfrage wartet auf die Antwort des Kontakts.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>RostersPane</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User name or JID, e.g. alice</source>
        <translation>Benutzername oder JID, z. B. alice</translation>
    </message>
    <message>
        <source>User whose roster to show</source>
        <translation>Benutzer, dessen Kontaktliste angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the roster</source>
        <translation>Die Kontaktliste anzeigen</translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Kontakte filtern…</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Kontakte filtern</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Kontaktliste</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contact JID, e.g. bob or bob@example.org</source>
        <translation>JID des Kontakts, z. B. bob oder bob@example.org</translation>
    </message>
    <message>
        <source>Contact to add</source>
        <translation>Hinzuzufügender Kontakt</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Die ausgewählten Kontakte entfernen</translation>
    </message>
    <message>
        <source>Adding or removing a contact changes both rosters: the contact gets this user in return, with a mutual subscription.</source>
        <translation>Hinzufügen oder Entfernen eines Kontakts ändert beide Kontaktlisten: Der Kontakt erhält im Gegenzug diesen Benutzer, mit gegenseitigem Abonnement.</translation>
    </message>
    <message>
        <source>Could not list the users for completion.</source>
        <translation>Die Benutzer für die Vervollständigung konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Kontaktlisten</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest manages only the users of %1: enter a user of that host.</source>
        <translation>Das admin_rest dieses Servers verwaltet nur die Benutzer von %1: Geben Sie einen Benutzer dieses Hosts ein.</translation>
    </message>
    <message>
        <source>Could not read the roster of %1.</source>
        <translation>Die Kontaktliste von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the roster of %1</source>
        <translation>
            <numerusform>%n Kontakt in der Kontaktliste von %1</numerusform>
            <numerusform>%n Kontakte in der Kontaktliste von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <source>Show a user&apos;s roster first: enter a user above and choose Show.</source>
        <translation>Zeigen Sie zuerst die Kontaktliste eines Benutzers an: Geben Sie oben einen Benutzer ein und wählen Sie „Anzeigen“.</translation>
    </message>
    <message>
        <source>%1 cannot be added to their own roster: enter another contact.</source>
        <translation>%1 kann nicht zur eigenen Kontaktliste hinzugefügt werden: Geben Sie einen anderen Kontakt ein.</translation>
    </message>
    <message>
        <source>%1 and %2 will be added to each other&apos;s rosters, with a mutual subscription: both rosters change.</source>
        <translation>%1 und %2 werden gegenseitig in ihre Kontaktlisten aufgenommen, mit gegenseitigem Abonnement: Beide Kontaktlisten ändern sich.</translation>
    </message>
    <message>
        <source>%1 is already in the roster; its subscription is set to mutual again.</source>
        <translation>%1 ist bereits in der Kontaktliste; das Abonnement wird erneut auf gegenseitig gesetzt.</translation>
    </message>
    <message>
        <source>%1 is not a registered user of this server. The server does not check that a contact exists.</source>
        <translation>%1 ist kein registrierter Benutzer dieses Servers. Der Server prüft nicht, ob ein Kontakt existiert.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add to both rosters</source>
        <translation>Zu beiden Kontaktlisten hinzufügen</translation>
    </message>
    <message>
        <source>Could not add %1 to the roster of %2.</source>
        <translation>%1 konnte nicht zur Kontaktliste von %2 hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 and %2 are now in each other&apos;s rosters.</source>
        <translation>%1 und %2 stehen jetzt in den Kontaktlisten des anderen.</translation>
    </message>
    <message>
        <source>%1 will be removed from the roster of %2, and %2 from the roster of %1: both rosters change.</source>
        <translation>%1 wird aus der Kontaktliste von %2 entfernt und %2 aus der Kontaktliste von %1: Beide Kontaktlisten ändern sich.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be removed from the roster of %1, and %1 from each of theirs: both rosters change.</source>
        <translation>
            <numerusform>%n Kontakt wird aus der Kontaktliste von %1 entfernt und %1 aus dessen Liste: Beide Kontaktlisten ändern sich.</numerusform>
            <numerusform>%n Kontakte werden aus der Kontaktliste von %1 entfernt und %1 aus jeder von deren Listen: Beide Kontaktlisten ändern sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from both rosters</source>
        <translation>
            <numerusform>%n Kontakt aus beiden Kontaktlisten entfernen</numerusform>
            <numerusform>%n Kontakte aus beiden Kontaktlisten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove contacts</source>
        <translation>Kontakte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) removed; both rosters changed.</source>
        <translation>
            <numerusform>%n Kontakt entfernt; beide Kontaktlisten geändert.</numerusform>
            <numerusform>%n Kontakte entfernt; beide Kontaktlisten geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Show a user&apos;s roster first.</source>
        <translation>Zeigen Sie zuerst die Kontaktliste eines Benutzers an.</translation>
    </message>
    <message>
        <source>Add the contact to this roster, and this user to the contact&apos;s</source>
        <translation>Den Kontakt zu dieser Kontaktliste hinzufügen und diesen Benutzer zu der des Kontakts</translation>
    </message>
    <message>
        <source>Select the contacts to remove first.</source>
        <translation>Wählen Sie zuerst die zu entfernenden Kontakte aus.</translation>
    </message>
    <message>
        <source>Remove the selected contacts from this roster, and this user from theirs</source>
        <translation>Die ausgewählten Kontakte aus dieser Kontaktliste entfernen und diesen Benutzer aus deren Listen</translation>
    </message>
    <message>
        <source>This server removes a contact from one roster only: the contact would keep %1 as an entry with subscription “none”. The console removes that entry too, with a second request per contact.</source>
        <translation>Dieser Server entfernt einen Kontakt nur aus einer Kontaktliste: Der Kontakt behielte %1 als Eintrag mit dem Abonnement „none“. Die Konsole entfernt auch diesen Eintrag, mit einer zweiten Anfrage pro Kontakt.</translation>
    </message>
    <message>
        <source>%1 was removed from the roster of %2, but %2 is still in the roster of %1 (subscription “none”)</source>
        <translation>%1 wurde aus der Kontaktliste von %2 entfernt, aber %2 steht noch in der Kontaktliste von %1 (Abonnement „none“)</translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n contact(s) from both rosters: %1.</source>
        <translation>
            <numerusform>%n Kontakt konnte nicht aus beiden Kontaktlisten entfernt werden: %1.</numerusform>
            <numerusform>%n Kontakte konnten nicht aus beiden Kontaktlisten entfernt werden: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>S2sModel</name>
    <message>
        <source>Certificate chain: %1</source>
        <translation>Zertifikatskette: %1</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(noch nicht bekannt)</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Remote domain</source>
        <translation>Entfernte Domain</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Authenticated by</source>
        <translation>Authentifiziert durch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Local host</source>
        <translation>Lokaler Host</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>ein unbekannter Server</translation>
    </message>
    <message>
        <source>%1 (incoming, to %2)</source>
        <translation>%1 (eingehend, an %2)</translation>
    </message>
    <message>
        <source>%1 (outgoing, from %2)</source>
        <translation>%1 (ausgehend, von %2)</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox server files (server/sandbox.py) were not found.</source>
        <translation>Die Dateien des Sandbox-Servers (server/sandbox.py) wurden nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not start /usr/bin/python3 for the sandbox: %1</source>
        <translation>/usr/bin/python3 konnte für die Sandbox nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox answered something unexpected: %1</source>
        <translation>Die Sandbox antwortete etwas Unerwartetes: %1</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1, %2).
%3</source>
        <translation>Die Sandbox wurde beendet, bevor sie bereit war (Exit-Code %1, %2).
%3</translation>
    </message>
    <message>
        <source>normal exit</source>
        <translation>normal beendet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sitzungs-ID</translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Filter by user, resource, address or id…</source>
        <translation>Nach Benutzer, Ressource, Adresse oder ID filtern…</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <source>Connected users and sessions</source>
        <translation>Verbundene Benutzer und Sitzungen</translation>
    </message>
    <message>
        <source>Connected sessions</source>
        <translation>Verbundene Sitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Could not count the connected users.</source>
        <translation>Die verbundenen Benutzer konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Could not list the connected sessions.</source>
        <translation>Die verbundenen Sitzungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the details of %n user(s)…</source>
        <translation>
            <numerusform>Die Details von %n Benutzer werden gelesen…</numerusform>
            <numerusform>Die Details von %n Benutzern werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the sessions of %1.</source>
        <translation>Die Sitzungen von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n user(s) could not be read.</source>
        <translation>
            <numerusform>Die Details von %n Benutzer konnten nicht gelesen werden.</numerusform>
            <numerusform>Die Details von %n Benutzern konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s)</source>
        <translation>
            <numerusform>%n verbundener Benutzer</numerusform>
            <numerusform>%n verbundene Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Disconnect the selected sessions</source>
        <translation>Die ausgewählten Sitzungen trennen</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This server cannot close sessions: that needs this project&apos;s admin_rest module (kick extension).</source>
        <translation>Dieser Server kann keine Sitzungen schließen: Dafür ist das admin_rest-Modul dieses Projekts nötig (kick-Erweiterung).</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Select the sessions to disconnect.</source>
        <translation>Wählen Sie die zu trennenden Sitzungen aus.</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect the %n selected session(s) (Del)</source>
        <translation>
            <numerusform>Die %n ausgewählte Sitzung trennen (Entf)</numerusform>
            <numerusform>Die %n ausgewählten Sitzungen trennen (Entf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n session(s).</source>
        <translation>
            <numerusform>%n Sitzung getrennt.</numerusform>
            <numerusform>%n Sitzungen getrennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>%1 konnte nicht getrennt werden.</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>No samples yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s); latest %1, highest %2.</source>
        <translation>
            <numerusform>%n Messwert; zuletzt %1, höchstens %2.</numerusform>
            <numerusform>%n Messwerte; zuletzt %1, höchstens %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein lesbares PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the server address is not an http or https URL</source>
        <translation>die Serveradresse ist keine http- oder https-URL</translation>
    </message>
</context>
<context>
    <name>UserBulkActions</name>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Users as CSV…</source>
        <translation>Benutzer als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>This connection is read-only: users cannot be imported.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Benutzer können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Create users from a CSV file (user,password[,role]); you see what will happen before anything is sent.</source>
        <translation>Benutzer aus einer CSV-Datei anlegen (user,password[,role]); Sie sehen, was geschehen wird, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Connect to a server to import users.</source>
        <translation>Verbinden Sie sich mit einem Server, um Benutzer zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n user(s) shown in the table to a CSV file.</source>
        <translation>
            <numerusform>Den in der Tabelle angezeigten %n Benutzer in einer CSV-Datei speichern.</numerusform>
            <numerusform>Die %n in der Tabelle angezeigten Benutzer in einer CSV-Datei speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no users in the table to export.</source>
        <translation>In der Tabelle sind keine Benutzer zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Users as CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%n Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>UserImportPlan</name>
    <message>
        <source>Exists already: its password will be replaced by the one in the file.</source>
        <translation>Existiert bereits: Sein Passwort wird durch das aus der Datei ersetzt.</translation>
    </message>
    <message>
        <source>Exists already: skipped. Tick “Overwrite the passwords of existing users” to set its password from the file.</source>
        <translation>Existiert bereits: übersprungen. Kreuzen Sie „Passwörter vorhandener Benutzer überschreiben“ an, um sein Passwort aus der Datei zu setzen.</translation>
    </message>
    <message>
        <source>The password is empty: every line needs a password.</source>
        <translation>Das Passwort ist leer: Jede Zeile braucht ein Passwort.</translation>
    </message>
    <message>
        <source>The password consists only of spaces: enter a real password.</source>
        <translation>Das Passwort besteht nur aus Leerzeichen: Geben Sie ein richtiges Passwort ein.</translation>
    </message>
    <message>
        <source>This server cannot set roles: leave the role empty.</source>
        <translation>Dieser Server kann keine Rollen setzen: Lassen Sie die Rolle leer.</translation>
    </message>
    <message>
        <source>Could not check whether this user exists (%1): nothing will be sent for it.</source>
        <translation>Es konnte nicht geprüft werden, ob dieser Benutzer existiert (%1): Für ihn wird nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” appears on lines %2: keep one line per user.</source>
        <translation>„%1“ steht in den Zeilen %2: Behalten Sie eine Zeile pro Benutzer.</translation>
    </message>
    <message>
        <source>This server has no role “%1”: use one of %2, or leave it empty.</source>
        <translation>Dieser Server hat keine Rolle „%1“: Verwenden Sie eine von %2 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Exists already and the file gives no password: skipped.</source>
        <translation>Existiert bereits, und die Datei nennt kein Passwort: übersprungen.</translation>
    </message>
    <message>
        <source>Gets an invitation: the person chooses a password when registering.</source>
        <translation>Erhält eine Einladung: die Person wählt bei der Registrierung ein Passwort.</translation>
    </message>
</context>
<context>
    <name>UserImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Exists: overwrite</source>
        <translation>Existiert: überschreiben</translation>
    </message>
    <message>
        <source>Exists: skip</source>
        <translation>Existiert: überspringen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Written in the file as “%1”</source>
        <translation>In der Datei als „%1“ geschrieben</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Wird</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>New: invite</source>
        <translation>Neu: einladen</translation>
    </message>
</context>
<context>
    <name>UserRoomsLabel</name>
    <message numerus="yes">
        <source>In %n room(s) now: %1</source>
        <translation>
            <numerusform>Derzeit in %n Raum: %1</numerusform>
            <numerusform>Derzeit in %n Räumen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms unknown: %1</source>
        <translation>Räume unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>online</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message numerus="yes">
        <source>%n connected session(s)</source>
        <translation>
            <numerusform>%n verbundene Sitzung</numerusform>
            <numerusform>%n verbundene Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>nie gesehen</translation>
    </message>
    <message>
        <source>Not seen since the server began recording activity on %1.</source>
        <translation>Nicht gesehen, seit der Server am %1 mit der Aufzeichnung der Aktivität begann.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected users</source>
        <translation>Die ausgewählten Benutzer löschen</translation>
    </message>
    <message>
        <source>Change the password of the selected user</source>
        <translation>Das Passwort des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>Change the role of the selected users</source>
        <translation>Die Rolle der ausgewählten Benutzer ändern</translation>
    </message>
    <message>
        <source>View and edit the vCard of the selected user</source>
        <translation>Die vCard des ausgewählten Benutzers ansehen und bearbeiten</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>Benutzer filtern…</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Sessions of the selected user</source>
        <translation>Sitzungen des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;vCard…</source>
        <translation>&amp;vCard…</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Wait until the users being deleted are gone.</source>
        <translation>Warten Sie, bis die zu löschenden Benutzer entfernt sind.</translation>
    </message>
    <message>
        <source>Select one or more users.</source>
        <translation>Wählen Sie einen oder mehrere Benutzer aus.</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Wählen Sie einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Select only one user.</source>
        <translation>Wählen Sie nur einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Einen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>This server cannot change roles: its admin_rest has no role route (Prosody 13&apos;s module or this console&apos;s has it).</source>
        <translation>Dieser Server kann keine Rollen ändern: Sein admin_rest hat keine Rollen-Route (das Modul von Prosody 13 oder das dieser Konsole hat sie).</translation>
    </message>
    <message>
        <source>This server cannot show vCards: its admin_rest has no vCard route (Prosody 13&apos;s module or this console&apos;s has it).</source>
        <translation>Dieser Server kann keine vCards anzeigen: Sein admin_rest hat keine vCard-Route (das Modul von Prosody 13 oder das dieser Konsole hat sie).</translation>
    </message>
    <message>
        <source>View the vCard of the selected user</source>
        <translation>Die vCard des ausgewählten Benutzers ansehen</translation>
    </message>
    <message>
        <source>Could not read the connected users.</source>
        <translation>Die verbundenen Benutzer konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not list the registered users.</source>
        <translation>Die registrierten Benutzer konnten nicht aufgelistet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered user(s)</source>
        <translation>
            <numerusform>%n registrierter Benutzer</numerusform>
            <numerusform>%n registrierte Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s) — this server cannot list registered users</source>
        <translation>
            <numerusform>%n verbundener Benutzer — dieser Server kann registrierte Benutzer nicht auflisten</numerusform>
            <numerusform>%n verbundene Benutzer — dieser Server kann registrierte Benutzer nicht auflisten</numerusform>
        </translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no route that lists every registered user, so only the users online now are shown.</source>
        <translation>Das admin_rest dieses Servers hat keine Route, die alle registrierten Benutzer auflistet, daher werden nur die gerade angemeldeten Benutzer angezeigt.</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sitzungen von %1</translation>
    </message>
    <message>
        <source>Could not read the sessions of %1.</source>
        <translation>Die Sitzungen von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Send &amp;Message…</source>
        <translation>&amp;Nachricht senden…</translation>
    </message>
    <message>
        <source>%1 already existed: its password was replaced.</source>
        <translation>%1 existierte bereits: Sein Passwort wurde ersetzt.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)? %1</source>
        <translation>
            <numerusform>%n Benutzer löschen? %1</numerusform>
            <numerusform>%n Benutzer löschen? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This includes %1, the account this console signs in with: the console will lose access.</source>
        <translation>Darunter ist %1, das Konto, mit dem sich diese Konsole anmeldet: Die Konsole verliert den Zugang.</translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>%n Benutzer löschen</numerusform>
            <numerusform>%n Benutzer löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>%n Benutzer wird gelöscht…</numerusform>
            <numerusform>%n Benutzer werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Changed the role of %n user(s).</source>
        <translation>
            <numerusform>Rolle von %n Benutzer geändert.</numerusform>
            <numerusform>Rolle von %n Benutzern geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vCard of %1 was saved.</source>
        <translation>Die vCard von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Inactive for at least</source>
        <translation>&amp;Inaktiv seit mindestens</translation>
    </message>
    <message>
        <source>Show only inactive accounts</source>
        <translation>Nur inaktive Konten anzeigen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Tage ohne Aktivität</translation>
    </message>
    <message>
        <source>Delete &amp;Shown…</source>
        <translation>Angezeigte &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the inactive accounts shown</source>
        <translation>Die angezeigten inaktiven Konten löschen</translation>
    </message>
    <message>
        <source>Could not read the users&apos; last activity.</source>
        <translation>Die letzte Aktivität der Benutzer konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This server does not report when users were last active: that needs this project&apos;s admin_rest module (last-activity extension).</source>
        <translation>Dieser Server meldet nicht, wann Benutzer zuletzt aktiv waren: Dafür ist das admin_rest-Modul dieses Projekts nötig (last-activity-Erweiterung).</translation>
    </message>
    <message>
        <source>Disa&amp;ble Shown…</source>
        <translation>Angezeigte dea&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Disable the inactive accounts shown</source>
        <translation>Die angezeigten inaktiven Konten deaktivieren</translation>
    </message>
    <message>
        <source>This server keeps deleted accounts restorable until its grace period ends (Invitations pane, Restore); then they are removed for good with their rosters and data.</source>
        <translation>Dieser Server hält gelöschte Konten wiederherstellbar, bis seine Schonfrist endet (Bereich „Einladungen“, „Wiederherstellen“); danach werden sie mit ihren Kontaktlisten und Daten endgültig entfernt.</translation>
    </message>
    <message>
        <source>Their accounts, rosters and stored data are removed; this is final, it cannot be undone.</source>
        <translation>Ihre Konten, Kontaktlisten und gespeicherten Daten werden entfernt; das ist endgültig und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete &amp;Immediately, for Good…</source>
        <translation>Sofort und &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete Now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>Delete the selected users at once: final, not restorable</source>
        <translation>Die ausgewählten Benutzer sofort löschen: endgültig, nicht wiederherstellbar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s) for Good</source>
        <translation>
            <numerusform>%n Benutzer endgültig löschen</numerusform>
            <numerusform>%n Benutzer endgültig löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VcardDialog</name>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>vCard text</source>
        <translation>vCard-Text</translation>
    </message>
    <message>
        <source>vCard of %1</source>
        <translation>vCard von %1</translation>
    </message>
    <message>
        <source>Reading the vCard…</source>
        <translation>vCard wird gelesen…</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The vCard of %1 as the server stores it:</source>
        <translation>Die vCard von %1, wie der Server sie speichert:</translation>
    </message>
    <message>
        <source>%1 has no vCard yet. Type one and save it to create it.</source>
        <translation>%1 hat noch keine vCard. Geben Sie eine ein und speichern Sie sie, um sie anzulegen.</translation>
    </message>
    <message>
        <source>Could not read the vCard of %1.</source>
        <translation>Die vCard von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This connection is read-only: the vCard can be read, not saved.</source>
        <translation>Diese Verbindung ist schreibgeschützt: Die vCard kann gelesen, aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not save the vCard of %1.</source>
        <translation>Die vCard von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This vCard contains invisible or text-direction characters, which the editor below does not show. The lines that hold them, written out:</source>
        <translation>Diese vCard enthält unsichtbare Zeichen oder Zeichen, die die Schreibrichtung ändern; der Editor unten zeigt sie nicht. Die Zeilen, die sie enthalten, ausgeschrieben:</translation>
    </message>
</context>
<context>
    <name>WhitelistModel</name>
    <message>
        <source>range (CIDR)</source>
        <translation>Bereich (CIDR)</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>A range from the server&apos;s configuration: only this project&apos;s module matches ranges.</source>
        <translation>Ein Bereich aus der Konfiguration des Servers: Nur das Modul dieses Projekts wertet Bereiche aus.</translation>
    </message>
    <message>
        <source>No client can ever match this entry.</source>
        <translation>Kein Client kann diesem Eintrag je entsprechen.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>WhitelistPane</name>
    <message>
        <source>Whitelist changes last only until the server restarts or the admin_rest module reloads. To keep an address, list it in the server&apos;s configuration (admin_rest_whitelist).</source>
        <translation>Änderungen an der Whitelist gelten nur, bis der Server neu startet oder das Modul admin_rest neu geladen wird. Um eine Adresse dauerhaft zu behalten, tragen Sie sie in die Konfiguration des Servers ein (admin_rest_whitelist).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, e.g. 192.0.2.7 or 2001:db8::7</source>
        <translation>IPv4- oder IPv6-Adresse, z. B. 192.0.2.7 oder 2001:db8::7</translation>
    </message>
    <message>
        <source>Address to whitelist</source>
        <translation>Freizugebende Adresse</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the address to the whitelist</source>
        <translation>Die Adresse zur Whitelist hinzufügen</translation>
    </message>
    <message>
        <source>Whitelisted addresses</source>
        <translation>Freigegebene Adressen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected addresses</source>
        <translation>Die ausgewählten Adressen entfernen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>When the list is empty, &amp;first add this computer&apos;s address:</source>
        <translation>Bei leerer Liste &amp;zuerst die Adresse dieses Rechners hinzufügen:</translation>
    </message>
    <message>
        <source>First add this computer&apos;s address when the list is empty</source>
        <translation>Bei leerer Liste zuerst die Adresse dieses Rechners hinzufügen</translation>
    </message>
    <message>
        <source>This computer&apos;s address as the server sees it</source>
        <translation>Die Adresse dieses Rechners, wie der Server sie sieht</translation>
    </message>
    <message>
        <source>On Prosody 0.12 with the published module, adding any address locks everyone out, this console included: the module cannot see the client&apos;s address there, so no request matches the list until the module is reloaded on the server.</source>
        <translation>Auf Prosody 0.12 mit dem veröffentlichten Modul sperrt das Hinzufügen irgendeiner Adresse alle aus, auch diese Konsole: Das Modul sieht dort die Adresse des Clients nicht, daher passt keine Anfrage zur Liste, bis das Modul auf dem Server neu geladen wird.</translation>
    </message>
    <message>
        <source>On this server&apos;s module, removing the last address does not turn the whitelist off: NOBODY can use the admin API any more, this console included, until the module is reloaded from the server side.</source>
        <translation>Bei dem Modul dieses Servers schaltet das Entfernen der letzten Adresse die Whitelist nicht ab: NIEMAND kann die Administrations-API mehr nutzen, auch diese Konsole nicht, bis das Modul serverseitig neu geladen wird.</translation>
    </message>
    <message>
        <source>The change lasts only until the server restarts or the module reloads.</source>
        <translation>Die Änderung gilt nur, bis der Server neu startet oder das Modul neu geladen wird.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Could not read the whitelist.</source>
        <translation>Die Whitelist konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server runs on this computer, so it sees the console as a loopback address: %1.</source>
        <translation>Der Server läuft auf diesem Rechner und sieht die Konsole daher unter einer Loopback-Adresse: %1.</translation>
    </message>
    <message>
        <source>The console cannot know the address under which the server sees this computer. On the same network it is usually one of this computer&apos;s own addresses, listed here. Through NAT, a proxy or a VPN it is an address this computer does not have: ask whoever runs the network, and type it here.</source>
        <translation>Die Konsole kann nicht wissen, unter welcher Adresse der Server diesen Rechner sieht. Im selben Netzwerk ist es meist eine der eigenen Adressen dieses Rechners, die hier aufgeführt sind. Über NAT, einen Proxy oder ein VPN ist es eine Adresse, die dieser Rechner nicht hat: Fragen Sie, wer das Netzwerk betreibt, und geben Sie sie hier ein.</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist.</source>
        <translation>%1 ist bereits auf der Whitelist.</translation>
    </message>
    <message>
        <source>The console could not tell which version of admin_rest this server runs.</source>
        <translation>Die Konsole konnte nicht feststellen, welche Version von admin_rest dieser Server verwendet.</translation>
    </message>
    <message>
        <source>Add and lock everyone out</source>
        <translation>Hinzufügen und alle aussperren</translation>
    </message>
    <message>
        <source>Adding the first address turns the whitelist on: from then on only the listed addresses may use the admin API.</source>
        <translation>Das Hinzufügen der ersten Adresse schaltet die Whitelist ein: Ab dann dürfen nur die aufgeführten Adressen die Administrations-API nutzen.</translation>
    </message>
    <message>
        <source>This computer&apos;s address, %1, is added first so that the console keeps its access. The console cannot know for sure how the server sees this computer: if it sees another address (NAT, a proxy, a VPN), the console is locked out until the module is reloaded on the server.</source>
        <translation>Die Adresse dieses Rechners, %1, wird zuerst hinzugefügt, damit die Konsole ihren Zugang behält. Die Konsole kann nicht sicher wissen, wie der Server diesen Rechner sieht: Sieht er eine andere Adresse (NAT, ein Proxy, ein VPN), ist die Konsole ausgesperrt, bis das Modul auf dem Server neu geladen wird.</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not added: unless the server sees this console as %1, the console locks itself out until the module is reloaded on the server.</source>
        <translation>Die Adresse dieses Rechners wird nicht hinzugefügt: Sofern der Server diese Konsole nicht als %1 sieht, sperrt sich die Konsole aus, bis das Modul auf dem Server neu geladen wird.</translation>
    </message>
    <message>
        <source>Turn the whitelist on</source>
        <translation>Whitelist einschalten</translation>
    </message>
    <message>
        <source>Added to the whitelist: %1.</source>
        <translation>Zur Whitelist hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Add to the whitelist</source>
        <translation>Zur Whitelist hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the whitelist? Clients at these addresses can no longer use the admin API.</source>
        <translation>
            <numerusform>%n Adresse von der Whitelist entfernen? Clients unter dieser Adresse können die Administrations-API nicht mehr nutzen.</numerusform>
            <numerusform>%n Adressen von der Whitelist entfernen? Clients unter diesen Adressen können die Administrations-API nicht mehr nutzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es)</source>
        <translation>
            <numerusform>%n Adresse entfernen</numerusform>
            <numerusform>%n Adressen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the last address turns the whitelist off: every address may use the admin API again.</source>
        <translation>Das Entfernen der letzten Adresse schaltet die Whitelist ab: Jede Adresse darf die Administrations-API wieder nutzen.</translation>
    </message>
    <message>
        <source>Remove and turn the whitelist off</source>
        <translation>Entfernen und Whitelist abschalten</translation>
    </message>
    <message>
        <source>Remove and lock everyone out</source>
        <translation>Entfernen und alle aussperren</translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s address as the server probably sees it: without it, the console may lose its access.</source>
        <translation>%1 ist die Adresse dieses Rechners, wie der Server sie vermutlich sieht: Ohne sie verliert die Konsole möglicherweise ihren Zugang.</translation>
    </message>
    <message>
        <source>Remove from the whitelist</source>
        <translation>Von der Whitelist entfernen</translation>
    </message>
    <message>
        <source>The whitelist is empty but still on: nobody can use the admin API until the module is reloaded on the server.</source>
        <translation>Die Whitelist ist leer, aber noch eingeschaltet: Niemand kann die Administrations-API nutzen, bis das Modul auf dem Server neu geladen wird.</translation>
    </message>
    <message>
        <source>Removed from the whitelist: %1.</source>
        <translation>Von der Whitelist entfernt: %1.</translation>
    </message>
    <message>
        <source>The whitelist is off.</source>
        <translation>Die Whitelist ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Could not add %1 to the whitelist.</source>
        <translation>%1 konnte nicht zur Whitelist hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Could not remove %1 from the whitelist.</source>
        <translation>%1 konnte nicht von der Whitelist entfernt werden.</translation>
    </message>
    <message>
        <source>The whitelist is off: any address may use the admin API.</source>
        <translation>Die Whitelist ist ausgeschaltet: Jede Adresse darf die Administrations-API nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>The whitelist is on: only the %n listed address(es) may use the admin API.</source>
        <translation>
            <numerusform>Die Whitelist ist eingeschaltet: Nur die %n aufgeführte Adresse darf die Administrations-API nutzen.</numerusform>
            <numerusform>Die Whitelist ist eingeschaltet: Nur die %n aufgeführten Adressen dürfen die Administrations-API nutzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server runs this project&apos;s admin_rest: removing the last address turns the whitelist off.</source>
        <translation>Dieser Server verwendet das admin_rest dieses Projekts: Das Entfernen der letzten Adresse schaltet die Whitelist ab.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>Warten, bis der Server die letzte Änderung abgeschlossen hat.</translation>
    </message>
    <message>
        <source>The whitelist has not been read yet.</source>
        <translation>Die Whitelist wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Remove the selected addresses from the whitelist</source>
        <translation>Die ausgewählten Adressen von der Whitelist entfernen</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Host name, typed to confirm</source>
        <translation>Hostname, zur Bestätigung eingegeben</translation>
    </message>
    <message>
        <source>Wipe Server Data</source>
        <translation>Serverdaten löschen</translation>
    </message>
    <message>
        <source>Wipe Certificates</source>
        <translation>Zertifikate löschen</translation>
    </message>
    <message>
        <source>This deletes everything in the data directory of the server behind %1: every account (yours included: this console loses access), roster, offline message, vCard and module&apos;s data, for every host of that server. Prosody must be restarted afterwards. It cannot be undone.</source>
        <translation>Dies löscht alles im Datenverzeichnis des Servers hinter %1: jedes Konto (auch Ihres: diese Konsole verliert den Zugang), jede Kontaktliste, Offline-Nachricht, vCard und die Daten der Module, für jeden Host dieses Servers. Prosody muss danach neu gestartet werden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This deletes every certificate and key in the certificate directory of the server behind %1. Clients cannot connect securely until new certificates are installed and Prosody is restarted. It cannot be undone.</source>
        <translation>Dies löscht jedes Zertifikat und jeden Schlüssel im Zertifikatsverzeichnis des Servers hinter %1. Clients können sich erst wieder sicher verbinden, wenn neue Zertifikate installiert sind und Prosody neu gestartet wurde. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Type the host name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Hostnamen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>&amp;Wipe All Data</source>
        <translation>Alle Daten &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Wipe Certificates</source>
        <translation>Zertifikate &amp;löschen</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Nicht mit einem Server verbunden.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Diese Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no wipe routes.</source>
        <translation>Das admin_rest dieses Servers kann nichts löschen.</translation>
    </message>
    <message>
        <source>Type the host name exactly as shown.</source>
        <translation>Geben Sie den Hostnamen genau wie angezeigt ein.</translation>
    </message>
    <message>
        <source>%1 Restart Prosody now.</source>
        <translation>%1 Starten Sie Prosody jetzt neu.</translation>
    </message>
    <message>
        <source>Wiped.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>The server refused: %1. Wiping is off unless the server&apos;s configuration sets admin_rest_allow_wipe = true.</source>
        <translation>Der Server hat abgelehnt: %1. Löschen ist ausgeschaltet, solange die Konfiguration des Servers nicht admin_rest_allow_wipe = true setzt.</translation>
    </message>
</context>
</TS>
