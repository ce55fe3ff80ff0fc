<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountStateActions</name>
    <message>
        <source>Unavailable on this server: %1</source>
        <translation>Indisponible sur ce serveur : %1</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Send Reset &amp;Invitation…</source>
        <translation>Envoyer une &amp;invitation de réinitialisation…</translation>
    </message>
    <message>
        <source>Show enabled or disabled accounts</source>
        <translation>Afficher les comptes activés ou désactivés</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>Enabled only</source>
        <translation>Activés seulement</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Désactivés seulement</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Ce profil est en lecture seule.</translation>
    </message>
    <message>
        <source>Disabling accounts needs this project&apos;s admin_rest module.</source>
        <translation>La désactivation de comptes nécessite le module admin_rest de ce projet.</translation>
    </message>
    <message>
        <source>Invitations need this project&apos;s admin_rest module and mod_invites.</source>
        <translation>Les invitations nécessitent le module admin_rest de ce projet et mod_invites.</translation>
    </message>
    <message>
        <source>An invitation with which the selected user sets a new password.</source>
        <translation>Une invitation avec laquelle l’utilisateur sélectionné définit un nouveau mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s) will be closed)</source>
        <translation>
            <numerusform>%1 (%n session sera fermée)</numerusform>
            <numerusform>%1 (%n sessions seront fermées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable Accounts</source>
        <translation>Activer des comptes</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n account(s)? They can sign in again: %1</source>
        <translation>
            <numerusform>Activer %n compte ? Il pourra de nouveau se connecter : %1</numerusform>
            <numerusform>Activer %n comptes ? Ils pourront de nouveau se connecter : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be changed: %1</source>
        <translation>
            <numerusform>%n compte n’a pas pu être modifié : %1</numerusform>
            <numerusform>%n comptes n’ont pas pu être modifiés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n account(s).</source>
        <translation>
            <numerusform>%n compte activé.</numerusform>
            <numerusform>%n comptes activés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n account(s); %1 session(s) closed.</source>
        <translation>
            <numerusform>%n compte désactivé ; %1 session(s) fermée(s).</numerusform>
            <numerusform>%n comptes désactivés ; %1 session(s) fermée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a reset invitation: %1</source>
        <translation>Impossible de créer une invitation de réinitialisation : %1</translation>
    </message>
    <message>
        <source>Password Reset Invitation</source>
        <translation>Invitation de réinitialisation du mot de passe</translation>
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
        <translation>Test des capacités : cette réponse signifie seulement que le serveur n’a pas cette fonction.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Message du serveur</translation>
    </message>
</context>
<context>
    <name>ActivityLogPane</name>
    <message>
        <source>Filter by path, status or message…</source>
        <translation>Filtrer par chemin, état ou message…</translation>
    </message>
    <message>
        <source>Filter the activity log</source>
        <translation>Filtrer le journal d’activité</translation>
    </message>
    <message>
        <source>&amp;Failures only</source>
        <translation>&amp;Échecs seulement</translation>
    </message>
    <message>
        <source>Show failed requests only</source>
        <translation>Afficher seulement les requêtes échouées</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Copier les entrées sélectionnées</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Vider le journal d’activité</translation>
    </message>
    <message>
        <source>Export the activity log</source>
        <translation>Exporter le journal d’activité</translation>
    </message>
    <message>
        <source>Requests made by the console</source>
        <translation>Requêtes faites par la console</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected entries as tab-separated text (%1)</source>
        <translation>Copier les entrées sélectionnées en texte séparé par des tabulations (%1)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Retirer toutes les entrées du journal</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>Enregistrer les entrées affichées en CSV ou JSON</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>%1 The log is kept for this session only.</source>
        <translation>%1 Le journal n’est conservé que pour cette session.</translation>
    </message>
    <message>
        <source>Export Activity Log</source>
        <translation>Exporter le journal d’activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>alice</source>
        <translation>alice</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Registration &amp;IP:</source>
        <translation>&amp;IP d’inscription :</translation>
    </message>
    <message>
        <source>optional, e.g. 192.0.2.7</source>
        <translation>facultatif, p. ex. 192.0.2.7</translation>
    </message>
    <message>
        <source>Registration IP address (optional)</source>
        <translation>Adresse IP d’inscription (facultative)</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter an IPv4 or IPv6 address, or leave the field empty.</source>
        <translation>« %1 » n’est pas une adresse IP. Saisissez une adresse IPv4 ou IPv6, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Replace Password?</source>
        <translation>Remplacer le mot de passe ?</translation>
    </message>
    <message>
        <source>%1 already exists. Adding it again replaces its password with the one you entered.</source>
        <translation>%1 existe déjà. L’ajouter de nouveau remplace son mot de passe par celui que vous avez saisi.</translation>
    </message>
    <message>
        <source>Replace Password</source>
        <translation>Remplacer le mot de passe</translation>
    </message>
    <message>
        <source>Could not check whether %1 exists.</source>
        <translation>Impossible de vérifier si %1 existe.</translation>
    </message>
    <message>
        <source>Could not add %1.</source>
        <translation>Impossible d’ajouter %1.</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
</context>
<context>
    <name>AdminRestClient</name>
    <message>
        <source>the password is empty</source>
        <translation>le mot de passe est vide</translation>
    </message>
    <message>
        <source>the page offset and size must not be negative</source>
        <translation>le décalage et la taille de la page ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>the invitation&apos;s lifetime must not be negative</source>
        <translation>la durée de validité de l’invitation ne doit pas être négative</translation>
    </message>
    <message>
        <source>a reusable invitation cannot name a username</source>
        <translation>une invitation réutilisable ne peut pas désigner de nom d’utilisateur</translation>
    </message>
    <message>
        <source>the batch has no users</source>
        <translation>le lot ne contient aucun utilisateur</translation>
    </message>
    <message>
        <source>a room address is room@service</source>
        <translation>une adresse de salon a la forme salon@service</translation>
    </message>
    <message>
        <source>no rooms to destroy</source>
        <translation>aucun salon à détruire</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>the admin account</source>
        <translation>le compte administrateur</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
    <message>
        <source>The server said: “%1”.</source>
        <translation>Le serveur a répondu : « %1 ».</translation>
    </message>
    <message>
        <source>The request was not sent: %1. Correct the input and try again.</source>
        <translation>La requête n’a pas été envoyée : %1. Corrigez la saisie et réessayez.</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>la saisie n’est pas valide</translation>
    </message>
    <message>
        <source>The request to %1 was not sent: it would carry the password of %2 unencrypted over plain HTTP to another computer. Use https in the profile, or allow insecure connections there if the network is trusted.</source>
        <translation>La requête vers %1 n’a pas été envoyée : elle transmettrait le mot de passe de %2 en clair par HTTP simple à un autre ordinateur. Utilisez https dans le profil, ou autorisez-y les connexions non sécurisées si le réseau est de confiance.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found. Check the address in the profile.</source>
        <translation>Le nom de serveur %1 est introuvable. Vérifiez l’adresse dans le profil.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Is Prosody running and is mod_admin_rest loaded?</source>
        <translation>Rien ne répond à %1. Prosody est-il lancé et mod_admin_rest est-il chargé ?</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be busy or unreachable: try again, or raise the timeout in the profile.</source>
        <translation>%1 n’a pas répondu à temps. Le serveur est peut-être occupé ou injoignable : réessayez, ou augmentez le délai d’attente dans le profil.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the server&apos;s certificate, and the pinned certificate and CA file in the profile.</source>
        <translation>La connexion sécurisée à %1 a échoué (%2). Vérifiez le certificat du serveur, ainsi que le certificat épinglé et le fichier d’AC dans le profil.</translation>
    </message>
    <message>
        <source>certificate not accepted</source>
        <translation>certificat refusé</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Check the network and try again.</source>
        <translation>La connexion à %1 a échoué (%2). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server refused the password for %1. Check the password in the profile.</source>
        <translation>Le serveur a refusé le mot de passe de %1. Vérifiez le mot de passe dans le profil.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of this server. Use an admin account, or add this one to the server&apos;s admins.</source>
        <translation>%1 n’est pas administrateur de ce serveur. Utilisez un compte administrateur, ou ajoutez celui-ci aux administrateurs du serveur.</translation>
    </message>
    <message>
        <source>The server only accepts admin requests from whitelisted addresses, and this computer&apos;s address is not on the list. Ask the server&apos;s operator to add it to admin_rest_whitelist.</source>
        <translation>Le serveur n’accepte les requêtes d’administration que des adresses de sa liste blanche, et l’adresse de cet ordinateur n’y figure pas. Demandez à l’exploitant du serveur de l’ajouter à admin_rest_whitelist.</translation>
    </message>
    <message>
        <source>The server does not serve the domain of %1. Check the admin JID in the profile: it must be a full JID (admin@example.org) on a host of this server.</source>
        <translation>Le serveur ne dessert pas le domaine de %1. Vérifiez le JID administrateur dans le profil : ce doit être un JID complet (admin@example.org) sur un hôte de ce serveur.</translation>
    </message>
    <message>
        <source>There is no admin_rest at %1. Check the base URL in the profile (usually /admin_rest) and that mod_admin_rest is loaded on that host; with admin_rest_secure it only answers over HTTPS.</source>
        <translation>Il n’y a pas d’admin_rest à %1. Vérifiez l’URL de base dans le profil (généralement /admin_rest) et que mod_admin_rest est chargé sur cet hôte ; avec admin_rest_secure, il ne répond qu’en HTTPS.</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no such feature (the published module lacks it).</source>
        <translation>L’admin_rest de ce serveur n’a pas cette fonction (le module publié ne l’a pas).</translation>
    </message>
    <message>
        <source>The server has no such item.</source>
        <translation>Le serveur n’a pas cet élément.</translation>
    </message>
    <message>
        <source>It already exists on the server.</source>
        <translation>Il existe déjà sur le serveur.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Le serveur a rejeté la requête comme non valide.</translation>
    </message>
    <message>
        <source>The user is offline and the server keeps no offline messages, so the message was dropped.</source>
        <translation>L’utilisateur est hors ligne et le serveur ne garde pas les messages hors ligne : le message a été abandonné.</translation>
    </message>
    <message>
        <source>The server failed with an internal error.</source>
        <translation>Le serveur a échoué sur une erreur interne.</translation>
    </message>
    <message>
        <source>Prosody&apos;s log on the server tells the cause.</source>
        <translation>Le journal de Prosody sur le serveur en indique la cause.</translation>
    </message>
    <message>
        <source>The server answered with the unexpected HTTP status %1.</source>
        <translation>Le serveur a répondu avec l’état HTTP inattendu %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Is this really mod_admin_rest?</source>
        <translation>La réponse du serveur n’a pas pu être comprise (%1). Est-ce vraiment mod_admin_rest ?</translation>
    </message>
    <message>
        <source>unexpected content</source>
        <translation>contenu inattendu</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than this console accepts, so it was not read to the end.</source>
        <translation>La réponse du serveur dépassait la taille acceptée par cette console : elle n’a pas été lue jusqu’au bout.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Invalid input</source>
        <translation>Saisie non valide</translation>
    </message>
    <message>
        <source>Insecure connection refused</source>
        <translation>Connexion non sécurisée refusée</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Serveur introuvable</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Not an administrator</source>
        <translation>Pas administrateur</translation>
    </message>
    <message>
        <source>Address not whitelisted</source>
        <translation>Adresse absente de la liste blanche</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Hôte inconnu</translation>
    </message>
    <message>
        <source>admin_rest not found</source>
        <translation>admin_rest introuvable</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>Non pris en charge</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Already exists</source>
        <translation>Existe déjà</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Requête non valide</translation>
    </message>
    <message>
        <source>Message dropped</source>
        <translation>Message abandonné</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Malformed answer</source>
        <translation>Réponse mal formée</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>The server refuses sign-ins from this address for a while, after too many failed ones. Check the password in the profile, then try again in a minute.</source>
        <translation>Le serveur refuse pour un temps les connexions depuis cette adresse, après trop d’échecs. Vérifiez le mot de passe du profil, puis réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins</source>
        <translation>Trop de connexions échouées</translation>
    </message>
    <message>
        <source>Nothing was changed on %1: the profile of this connection is read-only, so the console sends no changes. To make changes, edit the profile (Server Profiles…) and clear “Read-only”.</source>
        <translation>Rien n’a été modifié sur %1 : le profil de cette connexion est en lecture seule, la console n’envoie donc aucune modification. Pour apporter des modifications, modifiez le profil (Profils de serveur…) et décochez « Lecture seule ».</translation>
    </message>
    <message>
        <source>Read-only profile</source>
        <translation>Profil en lecture seule</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot create the folder of the audit trail %1.</source>
        <translation>Impossible de créer le dossier du journal d’audit %1.</translation>
    </message>
    <message>
        <source>Cannot open the audit trail %1: %2</source>
        <translation>Impossible d’ouvrir le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail %1: %2</source>
        <translation>Impossible d’écrire dans le journal d’audit %1 : %2</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune session</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <source>Broadcast to Everyone Online</source>
        <translation>Diffusion à tous les connectés</translation>
    </message>
    <message>
        <source>Servers the broadcast goes to</source>
        <translation>Serveurs destinataires de la diffusion</translation>
    </message>
    <message>
        <source>C&amp;ount Again</source>
        <translation>Rec&amp;ompter</translation>
    </message>
    <message>
        <source>Count the users online again</source>
        <translation>Recompter les utilisateurs connectés</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>Type what everyone online should read…</source>
        <translation>Ce que tous les connectés doivent lire…</translation>
    </message>
    <message>
        <source>Broadcast message text</source>
        <translation>Texte de la diffusion</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Servers</source>
        <translation>&amp;Réessayer les serveurs en échec</translation>
    </message>
    <message>
        <source>Send the broadcast again to the servers that failed</source>
        <translation>Renvoyer la diffusion aux serveurs en échec</translation>
    </message>
    <message>
        <source>&amp;Send Broadcast…</source>
        <translation>&amp;Envoyer la diffusion…</translation>
    </message>
    <message>
        <source>Send the broadcast</source>
        <translation>Envoyer la diffusion</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>The message goes to every user online right now on each of these %n server(s), from each server&apos;s own address. Users who are offline do not get it later.</source>
        <translation>
            <numerusform>Le message va à chaque utilisateur connecté en ce moment sur ce serveur (%n), depuis l’adresse propre du serveur. Les utilisateurs hors ligne ne le recevront pas plus tard.</numerusform>
            <numerusform>Le message va à chaque utilisateur connecté en ce moment sur chacun de ces %n serveurs, depuis l’adresse propre de chaque serveur. Les utilisateurs hors ligne ne le recevront pas plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message goes to every user online right now on this server, from the server&apos;s own address. Users who are offline do not get it later.</source>
        <translation>Le message va à chaque utilisateur connecté en ce moment sur ce serveur, depuis l’adresse propre du serveur. Les utilisateurs hors ligne ne le recevront pas plus tard.</translation>
    </message>
    <message>
        <source>A server may put a prefix before your text (its admin_rest_broadcast_prefix option).</source>
        <translation>Un serveur peut placer un préfixe devant votre texte (son option admin_rest_broadcast_prefix).</translation>
    </message>
    <message>
        <source>This connection is read-only: broadcasting is disabled.</source>
        <translation>Cette connexion est en lecture seule : la diffusion est désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online</source>
        <translation>
            <numerusform>%n utilisateur connecté</numerusform>
            <numerusform>%n utilisateurs connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n server(s).</source>
        <translation>
            <numerusform>sur %n serveur.</numerusform>
            <numerusform>sur %n serveurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) online now.</source>
        <translation>
            <numerusform>%n utilisateur connecté maintenant.</numerusform>
            <numerusform>%n utilisateurs connectés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not count on %n server(s).</source>
        <translation>
            <numerusform>Comptage impossible sur %n serveur.</numerusform>
            <numerusform>Comptage impossible sur %n serveurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the message first.</source>
        <translation>Saisissez d’abord le message.</translation>
    </message>
    <message numerus="yes">
        <source>Send this message to the %n user(s) online on %1?</source>
        <translation>
            <numerusform>Envoyer ce message à l’utilisateur (%n) connecté sur %1 ?</numerusform>
            <numerusform>Envoyer ce message aux %n utilisateurs connectés sur %1 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send this message to everyone online on %1? How many that is could not be counted.</source>
        <translation>Envoyer ce message à tous les connectés sur %1 ? Leur nombre n’a pas pu être compté.</translation>
    </message>
    <message numerus="yes">
        <source>Send this message to everyone online on %n server(s)?</source>
        <translation>
            <numerusform>Envoyer ce message à tous les connectés sur %n serveur ?</numerusform>
            <numerusform>Envoyer ce message à tous les connectés sur %n serveurs ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the last count that was %n user(s).</source>
        <translation>
            <numerusform>Au dernier comptage, cela faisait %n utilisateur.</numerusform>
            <numerusform>Au dernier comptage, cela faisait %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>A broadcast cannot be called back.</source>
        <translation>Une diffusion ne peut pas être rappelée.</translation>
    </message>
    <message>
        <source>Send Broadcast?</source>
        <translation>Envoyer la diffusion ?</translation>
    </message>
    <message>
        <source>Send Broadcast</source>
        <translation>Envoyer la diffusion</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Nouvel envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s)</source>
        <translation>
            <numerusform>%n utilisateur atteint</numerusform>
            <numerusform>%n utilisateurs atteints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reached %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur atteint.</numerusform>
            <numerusform>%n utilisateurs atteints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broadcast sent.</source>
        <translation>Diffusion envoyée.</translation>
    </message>
    <message>
        <source>Not sent on %1: %2</source>
        <translation>Non envoyé sur %1 : %2</translation>
    </message>
    <message>
        <source>Retry Failed Servers sends it again to those only.</source>
        <translation>« Réessayer les serveurs en échec » la renvoie à ceux-là seulement.</translation>
    </message>
    <message>
        <source>Counting the users online…</source>
        <translation>Comptage des utilisateurs connectés…</translation>
    </message>
    <message>
        <source>Asks for confirmation first.</source>
        <translation>Demande d’abord une confirmation.</translation>
    </message>
    <message>
        <source>Who gets the message</source>
        <translation>Qui reçoit le message</translation>
    </message>
    <message>
        <source>Everyone online now</source>
        <translation>Tous les connectés du moment</translation>
    </message>
    <message>
        <source>Every registered user: those offline get it when they next sign in</source>
        <translation>Chaque utilisateur inscrit : ceux hors ligne le reçoivent à leur prochaine connexion</translation>
    </message>
    <message>
        <source>This server sends broadcasts to the users online only: reaching every registered user needs this project&apos;s admin_rest module (announce).</source>
        <translation>Ce serveur ne diffuse qu’aux utilisateurs connectés : atteindre chaque utilisateur inscrit nécessite le module admin_rest de ce projet (announce).</translation>
    </message>
    <message>
        <source>It also goes to every registered user who is offline: they get it when they next sign in.</source>
        <translation>Il va aussi à chaque utilisateur inscrit hors ligne : il le recevra à sa prochaine connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n get it when they next sign in.</source>
        <translation>
            <numerusform>Parmi eux, %n le recevra à sa prochaine connexion.</numerusform>
            <numerusform>Parmi eux, %n le recevront à leur prochaine connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastJob</name>
    <message>
        <source>Broadcast finished: sent on %1 of %2 servers, %3 failed.</source>
        <translation>Diffusion terminée : envoyée sur %1 des %2 serveurs, %3 en échec.</translation>
    </message>
</context>
<context>
    <name>BroadcastTargetsModel</name>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Could not count: %1</source>
        <translation>Comptage impossible : %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: it may or may not have sent the message.</source>
        <translation>Annulé avant la réponse du serveur : il a peut-être envoyé le message, peut-être pas.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Online now</source>
        <translation>Connectés maintenant</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>BulkJob</name>
    <message>
        <source>The request could not be started: not connected.</source>
        <translation>La requête n’a pas pu démarrer : pas de connexion.</translation>
    </message>
    <message>
        <source>Stopped while the request was on its way: the server may have applied it.</source>
        <translation>Arrêté pendant que la requête était en route : le serveur l’a peut-être appliquée.</translation>
    </message>
    <message>
        <source>Stopped before step %1 of %2.</source>
        <translation>Arrêté avant l’étape %1 sur %2.</translation>
    </message>
    <message>
        <source>Bulk job finished: %1 done, %2 failed, %3 skipped, %4 not done.</source>
        <translation>Traitement par lot terminé : %1 effectué(s), %2 en échec, %3 ignoré(s), %4 non effectué(s).</translation>
    </message>
    <message>
        <source>The server answered for %1 of the %2 users of the batch.</source>
        <translation>Le serveur a répondu pour %1 des %2 utilisateurs du lot.</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Not started</source>
        <translation>Pas démarré</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>mod_admin_rest (classic, Prosody 0.9–0.12)</source>
        <translation>mod_admin_rest (classique, Prosody 0.9–0.12)</translation>
    </message>
    <message>
        <source>mod_admin_rest (current, Prosody 13)</source>
        <translation>mod_admin_rest (actuel, Prosody 13)</translation>
    </message>
    <message>
        <source>mod_admin_rest with this console&apos;s extensions</source>
        <translation>mod_admin_rest avec les extensions de cette console</translation>
    </message>
    <message>
        <source>This server runs the published mod_admin_rest: where it serves several hosts, any host&apos;s administrator can act on every host there (read, change and delete its users). This console&apos;s module keeps each administrator to the hosts they administer.</source>
        <translation>Ce serveur utilise le mod_admin_rest publié : là où il sert plusieurs hôtes, l’administrateur de n’importe quel hôte peut agir sur tous les hôtes (lire, modifier et supprimer leurs utilisateurs). Le module de cette console limite chaque administrateur aux hôtes qu’il administre.</translation>
    </message>
</context>
<context>
    <name>CapabilityProbe</name>
    <message>
        <source>there is no connection to probe</source>
        <translation>il n’y a aucune connexion à tester</translation>
    </message>
</context>
<context>
    <name>CertificatesModel</name>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>not for this host</source>
        <translation>pas pour cet hôte</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <translation>
            <numerusform>expire dans %n jour</numerusform>
            <numerusform>expire dans %n jours</numerusform>
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
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Noms alternatifs</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
</context>
<context>
    <name>CertificatesPane</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s certificates.</source>
        <translation>Impossible de lire les certificats du serveur.</translation>
    </message>
    <message>
        <source>Certificates are unavailable: this server&apos;s admin_rest module has no certificates extension (it is the published module, or LuaSec cannot read certificates).</source>
        <translation>Les certificats sont indisponibles : le module admin_rest de ce serveur n’a pas d’extension pour les certificats (c’est le module publié, ou LuaSec ne peut pas lire les certificats).</translation>
    </message>
    <message>
        <source>Certificates are unavailable: %1</source>
        <translation>Les certificats sont indisponibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>All %n certificate(s) are valid for this host and for more than %1 days.</source>
        <translation>
            <numerusform>Le certificat (%n) est valide pour cet hôte et pour plus de %1 jours.</numerusform>
            <numerusform>Les %n certificats sont tous valides pour cet hôte et pour plus de %1 jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention: missing, expired, not for their host, or expiring within %1 days (see Status).</source>
        <translation>
            <numerusform>%n certificat demande votre attention : manquant, expiré, pas pour son hôte, ou expirant dans moins de %1 jours (voir État).</numerusform>
            <numerusform>%n certificats demandent votre attention : manquants, expirés, pas pour leur hôte, ou expirant dans moins de %1 jours (voir État).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Change Password of %1</source>
        <translation>Changer le mot de passe de %1</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Could not change the password of %1.</source>
        <translation>Impossible de changer le mot de passe de %1.</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change Role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Nouveau rôle pour %1 :</translation>
    </message>
    <message numerus="yes">
        <source>New role for %n users: %1</source>
        <translation>
            <numerusform>Nouveau rôle pour %n utilisateur : %1</numerusform>
            <numerusform>Nouveau rôle pour %n utilisateurs : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Change Role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <source>Choose or type a role, for example prosody:admin.</source>
        <translation>Choisissez ou saisissez un rôle, par exemple prosody:admin.</translation>
    </message>
    <message>
        <source>A role id contains no spaces, for example prosody:admin.</source>
        <translation>Un identifiant de rôle ne contient pas d’espaces, par exemple prosody:admin.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>The built-in roles of Prosody %1. This server&apos;s module does not list its roles: a role the server does not have is refused.</source>
        <translation>Les rôles intégrés de Prosody %1. Le module de ce serveur ne liste pas ses rôles : un rôle que le serveur n’a pas est refusé.</translation>
    </message>
    <message>
        <source>%1: not changed. The server has no role “%2” (its roles: %3); it answered: %4</source>
        <translation>%1 : non modifié. Le serveur n’a pas de rôle « %2 » (ses rôles : %3) ; il a répondu : %4</translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation>%1 : non modifié : %2</translation>
    </message>
</context>
<context>
    <name>ComposerDialog</name>
    <message>
        <source>Send Message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <source>Close; an unsent message is kept as a draft.</source>
        <translation>Fermer ; un message non envoyé est gardé comme brouillon.</translation>
    </message>
</context>
<context>
    <name>ComposerPane</name>
    <message>
        <source>Send a message to some users of this server, or broadcast it to everyone online.</source>
        <translation>Envoyez un message à certains utilisateurs de ce serveur, ou diffusez-le à tous les connectés.</translation>
    </message>
    <message>
        <source>&amp;Broadcast to Everyone Online…</source>
        <translation>&amp;Diffuser à tous les connectés…</translation>
    </message>
    <message>
        <source>Broadcast a message to every user online</source>
        <translation>Diffuser un message à chaque utilisateur connecté</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only: broadcasting is disabled.</source>
        <translation>Cette connexion est en lecture seule : la diffusion est désactivée.</translation>
    </message>
    <message>
        <source>Send a message to every user online on this server.</source>
        <translation>Envoyer un message à chaque utilisateur connecté sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>ComposerWidget</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>alice, bob@example.org …</source>
        <translation>alice, bob@example.org …</translation>
    </message>
    <message>
        <source>Users to add as recipients</source>
        <translation>Utilisateurs à ajouter comme destinataires</translation>
    </message>
    <message>
        <source>User names or JIDs, separated by commas, spaces or new lines. Press Enter to add them.</source>
        <translation>Noms d’utilisateur ou JID, séparés par des virgules, des espaces ou des retours à la ligne. Appuyez sur Entrée pour les ajouter.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the users typed as recipients</source>
        <translation>Ajouter les utilisateurs saisis comme destinataires</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>&amp;Coller une liste</translation>
    </message>
    <message>
        <source>Add every user name or JID on the clipboard, one per line or separated by commas.</source>
        <translation>Ajouter chaque nom d’utilisateur ou JID du presse-papiers, un par ligne ou séparés par des virgules.</translation>
    </message>
    <message>
        <source>Add the users listed on the clipboard</source>
        <translation>Ajouter les utilisateurs listés dans le presse-papiers</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Add &amp;Members</source>
        <translation>Ajouter les &amp;membres</translation>
    </message>
    <message>
        <source>Add the members of the chosen group</source>
        <translation>Ajouter les membres du groupe choisi</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected recipients</source>
        <translation>Retirer les destinataires sélectionnés</translation>
    </message>
    <message>
        <source>Remove A&amp;ll</source>
        <translation>Retirer &amp;tous</translation>
    </message>
    <message>
        <source>Remove every recipient</source>
        <translation>Retirer tous les destinataires</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type what your users should read…</source>
        <translation>Ce que vos utilisateurs doivent lire…</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>S&amp;top Sending</source>
        <translation>Arrê&amp;ter l’envoi</translation>
    </message>
    <message>
        <source>Stop sending the message</source>
        <translation>Arrêter l’envoi du message</translation>
    </message>
    <message>
        <source>Re&amp;try Failed</source>
        <translation>Réess&amp;ayer les échecs</translation>
    </message>
    <message>
        <source>Send the message again to the recipients it did not reach</source>
        <translation>Renvoyer le message aux destinataires qu’il n’a pas atteints</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipients see the message from the server&apos;s own address. The server may put a prefix before your text (its admin_rest_message_prefix and admin_rest_multicast_prefix options).</source>
        <translation>Les destinataires voient le message venir de l’adresse propre du serveur. Le serveur peut placer un préfixe devant votre texte (ses options admin_rest_message_prefix et admin_rest_multicast_prefix).</translation>
    </message>
    <message>
        <source>Sends the message as it was sent, again, to the recipients it did not reach.</source>
        <translation>Renvoie le message tel qu’il a été envoyé aux destinataires qu’il n’a pas atteints.</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of user names or JIDs first.</source>
        <translation>Le presse-papiers ne contient pas de texte. Copiez d’abord une liste de noms d’utilisateur ou de JID.</translation>
    </message>
    <message>
        <source>The draft is kept only while the console is open.</source>
        <translation>Le brouillon n’est gardé que tant que la console est ouverte.</translation>
    </message>
    <message>
        <source>This server has no multicast route (a bug of the published module): the message goes out as one request per recipient, a few at a time.</source>
        <translation>Ce serveur n’a pas de route multicast (un bogue du module publié) : le message part en une requête par destinataire, quelques-unes à la fois.</translation>
    </message>
    <message>
        <source>Type a user name or JID first, e.g. alice or bob@example.org.</source>
        <translation>Saisissez d’abord un nom d’utilisateur ou un JID, p. ex. alice ou bob@example.org.</translation>
    </message>
    <message>
        <source>Correct it and press Enter, or clear the field.</source>
        <translation>Corrigez-le et appuyez sur Entrée, ou videz le champ.</translation>
    </message>
    <message numerus="yes">
        <source>%n already listed: not added again.</source>
        <translation>
            <numerusform>%n déjà dans la liste : pas ajouté de nouveau.</numerusform>
            <numerusform>%n déjà dans la liste : pas ajoutés de nouveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n recipient(s);</source>
        <translation>
            <numerusform>%n destinataire ajouté ;</numerusform>
            <numerusform>%n destinataires ajoutés ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n doublon ignoré.</numerusform>
            <numerusform>%n doublons ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server cannot list groups or their members: that needs the console&apos;s own admin_rest module.</source>
        <translation>Ce serveur ne peut pas lister les groupes ni leurs membres : il faut pour cela le module admin_rest propre à la console.</translation>
    </message>
    <message>
        <source>This server has no groups.</source>
        <translation>Ce serveur n’a aucun groupe.</translation>
    </message>
    <message>
        <source>Groups unavailable</source>
        <translation>Groupes indisponibles</translation>
    </message>
    <message>
        <source>Add the members of a group as recipients.</source>
        <translation>Ajouter les membres d’un groupe comme destinataires.</translation>
    </message>
    <message>
        <source>Add the members of the chosen group as recipients.</source>
        <translation>Ajouter les membres du groupe choisi comme destinataires.</translation>
    </message>
    <message>
        <source>Could not list the groups.</source>
        <translation>Impossible de lister les groupes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Could not read the members of %1.</source>
        <translation>Impossible de lire les membres de %1.</translation>
    </message>
    <message>
        <source>%1 has no members.</source>
        <translation>%1 n’a aucun membre.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) of %1.</source>
        <translation>
            <numerusform>%n membre de %1 ajouté.</numerusform>
            <numerusform>%n membres de %1 ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server: the message was not sent. The draft is kept.</source>
        <translation>Non connecté à un serveur : le message n’a pas été envoyé. Le brouillon est gardé.</translation>
    </message>
    <message>
        <source>Type the message first.</source>
        <translation>Saisissez d’abord le message.</translation>
    </message>
    <message>
        <source>Add at least one recipient: type user names, paste a list or add a group&apos;s members.</source>
        <translation>Ajoutez au moins un destinataire : saisissez des noms d’utilisateur, collez une liste ou ajoutez les membres d’un groupe.</translation>
    </message>
    <message>
        <source>Checking the recipients…</source>
        <translation>Vérification des destinataires…</translation>
    </message>
    <message>
        <source>None of the recipients exists on this server: nothing was sent. Check the names.</source>
        <translation>Aucun des destinataires n’existe sur ce serveur : rien n’a été envoyé. Vérifiez les noms.</translation>
    </message>
    <message>
        <source>Skip Unknown Recipients?</source>
        <translation>Ignorer les destinataires inconnus ?</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) do not exist on this server and will be skipped: %1.</source>
        <translation>
            <numerusform>%n destinataire n’existe pas sur ce serveur et sera ignoré : %1.</numerusform>
            <numerusform>%n destinataires n’existent pas sur ce serveur et seront ignorés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to the Other %n</source>
        <translation>
            <numerusform>Envoyer à l’autre (%n)</numerusform>
            <numerusform>Envoyer aux %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending… %1 of %n answered</source>
        <translation>
            <numerusform>Envoi… %1 sur %n a répondu</numerusform>
            <numerusform>Envoi… %1 sur %n ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>This server does not serve %1.</source>
        <translation>Ce serveur ne dessert pas %1.</translation>
    </message>
    <message numerus="yes">
        <source>delivered to %n online</source>
        <translation>
            <numerusform>remis à %n connecté</numerusform>
            <numerusform>remis à %n connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queued for %n offline</source>
        <translation>
            <numerusform>en attente pour %n hors ligne</numerusform>
            <numerusform>en attente pour %n hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered or queued</source>
        <translation>
            <numerusform>%n remis ou en attente</numerusform>
            <numerusform>%n remis ou en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped (the server keeps no offline messages)</source>
        <translation>
            <numerusform>%n abandonné (le serveur ne garde pas les messages hors ligne)</numerusform>
            <numerusform>%n abandonnés (le serveur ne garde pas les messages hors ligne)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (no such user)</source>
        <translation>
            <numerusform>%n non envoyé (utilisateur inexistant)</numerusform>
            <numerusform>%n non envoyés (utilisateurs inexistants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échoué</numerusform>
            <numerusform>%n échoués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain</source>
        <translation>
            <numerusform>%n incertain</numerusform>
            <numerusform>%n incertains</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent: %1.</source>
        <translation>Message envoyé : %1.</translation>
    </message>
    <message>
        <source>Sending stopped: %1. The draft is kept; Retry Failed sends it to the others.</source>
        <translation>Envoi arrêté : %1. Le brouillon est gardé ; « Réessayer les échecs » l’envoie aux autres.</translation>
    </message>
    <message>
        <source>The message did not reach everyone: %1.</source>
        <translation>Le message n’a pas atteint tout le monde : %1.</translation>
    </message>
    <message>
        <source>The draft is kept; Retry Failed sends it again to those not reached.</source>
        <translation>Le brouillon est gardé ; « Réessayer les échecs » le renvoie à ceux qui n’ont pas été atteints.</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>Pas encore de destinataires.</translation>
    </message>
    <message numerus="yes">
        <source>%n online</source>
        <translation>
            <numerusform>%n en ligne</numerusform>
            <numerusform>%n en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n hors ligne</numerusform>
            <numerusform>%n hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (skipped when sending)</source>
        <translation>
            <numerusform>%n inconnu (ignoré à l’envoi)</numerusform>
            <numerusform>%n inconnus (ignorés à l’envoi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being checked</source>
        <translation>
            <numerusform>%n en vérification</numerusform>
            <numerusform>%n en vérification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be checked</source>
        <translation>
            <numerusform>%n n’a pas pu être vérifié</numerusform>
            <numerusform>%n n’ont pas pu être vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only: sending messages is disabled.</source>
        <translation>Cette connexion est en lecture seule : l’envoi de messages est désactivé.</translation>
    </message>
    <message>
        <source>Send the message to the recipients (Ctrl+Return)</source>
        <translation>Envoyer le message aux destinataires (Ctrl+Entrée)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send to %n Recipient(s)</source>
        <translation>
            <numerusform>&amp;Envoyer à %n destinataire</numerusform>
            <numerusform>&amp;Envoyer à %n destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;try Failed (%n)</source>
        <translation>
            <numerusform>Réess&amp;ayer les échecs (%n)</numerusform>
            <numerusform>Réess&amp;ayer les échecs (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Vérifications de la connexion</translation>
    </message>
    <message>
        <source>Show &amp;Certificate…</source>
        <translation>Afficher le &amp;certificat…</translation>
    </message>
    <message>
        <source>Show the server certificate</source>
        <translation>Afficher le certificat du serveur</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>Tester de &amp;nouveau</translation>
    </message>
    <message>
        <source>Test the connection again</source>
        <translation>Tester de nouveau la connexion</translation>
    </message>
    <message>
        <source>Test Connection — %1</source>
        <translation>Tester la connexion — %1</translation>
    </message>
    <message>
        <source>Testing “%1” at %2 as %3.</source>
        <translation>Test de « %1 » à %2 en tant que %3.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Prosody %1, %2</source>
        <translation>Prosody %1, %2</translation>
    </message>
    <message>
        <source>Everything works: %1 is an administrator of %2 (%3).</source>
        <translation>Tout fonctionne : %1 est administrateur de %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) connected.</source>
        <translation>
            <numerusform>%n utilisateur connecté.</numerusform>
            <numerusform>%n utilisateurs connectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Desktop admin console for Prosody XMPP servers (mod_admin_rest).</source>
        <translation>Console d’administration de bureau pour les serveurs XMPP Prosody (mod_admin_rest).</translation>
    </message>
    <message>
        <source>Start a throwaway Prosody on loopback with demo users and connect to it (the default when there is no profile).</source>
        <translation>Démarrer un Prosody jetable sur la boucle locale avec des utilisateurs de démonstration et s’y connecter (par défaut s’il n’y a aucun profil).</translation>
    </message>
    <message>
        <source>Connect with the server profile called &lt;name&gt;.</source>
        <translation>Se connecter avec le profil de serveur nommé &lt;name&gt;.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Connect to the admin_rest API at &lt;url&gt;, e.g. http://127.0.0.1:5280/admin_rest.</source>
        <translation>Se connecter à l’API admin_rest à &lt;url&gt;, p. ex. http://127.0.0.1:5280/admin_rest.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The admin&apos;s full JID for --url, e.g. admin@example.org.</source>
        <translation>Le JID complet de l’administrateur pour --url, p. ex. admin@example.org.</translation>
    </message>
    <message>
        <source>jid</source>
        <translation>jid</translation>
    </message>
    <message>
        <source>There is no profile called “%1”: no profiles are stored yet.</source>
        <translation>Il n’y a pas de profil nommé « %1 » : aucun profil n’est encore enregistré.</translation>
    </message>
    <message>
        <source>There is no profile called “%1”. The profiles are: %2.</source>
        <translation>Il n’y a pas de profil nommé « %1 ». Les profils sont : %2.</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rveur</translation>
    </message>
    <message>
        <source>Wipe Server &amp;Data…</source>
        <translation>Effacer les &amp;données du serveur…</translation>
    </message>
    <message>
        <source>Wipe &amp;Certificates…</source>
        <translation>Effacer les &amp;certificats…</translation>
    </message>
    <message>
        <source>The profile “%1” is open in another window (process %2); it was brought forward.</source>
        <translation>Le profil « %1 » est ouvert dans une autre fenêtre (processus %2) ; elle a été mise au premier plan.</translation>
    </message>
    <message>
        <source>The profile “%1” is open in process %2 on %3, which does not answer.</source>
        <translation>Le profil « %1 » est ouvert dans le processus %2 sur %3, qui ne répond pas.</translation>
    </message>
</context>
<context>
    <name>ConsoleTranslator</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>CreateInvitationDialog</name>
    <message>
        <source>New Invitation</source>
        <translation>Nouvelle invitation</translation>
    </message>
    <message>
        <source>Whoever has the invitation&apos;s link registers an account with it, choosing their own password.</source>
        <translation>Quiconque a le lien de l’invitation peut s’en servir pour créer un compte, en choisissant son propre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>optional: the name the link proposes</source>
        <translation>facultatif : le nom proposé par le lien</translation>
    </message>
    <message>
        <source>Proposed username</source>
        <translation>Nom d’utilisateur proposé</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Role of the new account</source>
        <translation>Rôle du nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groupes :</translation>
    </message>
    <message>
        <source>group ids, separated by commas</source>
        <translation>identifiants de groupe, séparés par des virgules</translation>
    </message>
    <message>
        <source>Groups the new account joins</source>
        <translation>Groupes que rejoint le nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant :</translation>
    </message>
    <message>
        <source>How long the invitation is valid</source>
        <translation>Durée de validité de l’invitation</translation>
    </message>
    <message>
        <source>Re&amp;usable: any number of accounts until it expires</source>
        <translation>Ré&amp;utilisable : autant de comptes que voulu jusqu’à son expiration</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Valeur par défaut du serveur</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Type only the name before the @: the invitation is for this server.</source>
        <translation>Saisissez seulement le nom avant le @ : l’invitation est pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>CreateInvitations</name>
    <message>
        <source>(any name)</source>
        <translation>(n’importe quel nom)</translation>
    </message>
</context>
<context>
    <name>CreateRoomDialog</name>
    <message>
        <source>Create room</source>
        <translation>Créer un salon</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Owners:</source>
        <translation>&amp;Propriétaires :</translation>
    </message>
    <message>
        <source>user@example.org, … (optional)</source>
        <translation>user@example.org, … (facultatif)</translation>
    </message>
    <message>
        <source>Persistent (kept when empty)</source>
        <translation>Persistant (conservé quand il est vide)</translation>
    </message>
    <message>
        <source>Public (listed in the service&apos;s room list)</source>
        <translation>Public (figure dans la liste des salons du service)</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Réservé aux membres</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name: the part before the @.</source>
        <translation>Saisissez le nom du salon : la partie avant le @.</translation>
    </message>
    <message>
        <source>Choose the MUC service the room is on (conference.example.org).</source>
        <translation>Choisissez le service MUC du salon (conference.example.org).</translation>
    </message>
    <message>
        <source>Owner %1: %2</source>
        <translation>Propriétaire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The saved password could not be removed from the system keychain%1. Remove it with the keychain&apos;s own tool if it is still there.</source>
        <translation>Le mot de passe enregistré n’a pas pu être retiré du trousseau du système%1. Retirez-le avec l’outil du trousseau s’il y est encore.</translation>
    </message>
    <message>
        <source>No system keychain is available%1. The password is kept for this session only and is not saved anywhere; you will be asked for it again next time.</source>
        <translation>Aucun trousseau système n’est disponible%1. Le mot de passe est gardé pour cette session seulement et n’est enregistré nulle part ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The system keychain refused access%1. The password is kept for this session only; unlock the keychain to have it remembered.</source>
        <translation>Le trousseau système a refusé l’accès%1. Le mot de passe est gardé pour cette session seulement ; déverrouillez le trousseau pour qu’il soit mémorisé.</translation>
    </message>
    <message>
        <source>The system keychain failed%1. The password is kept for this session only.</source>
        <translation>Le trousseau système a échoué%1. Le mot de passe est gardé pour cette session seulement.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>This line has %n field(s)</source>
        <translation>
            <numerusform>Cette ligne a %n champ</numerusform>
            <numerusform>Cette ligne a %n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the header “%2” asks for %n field(s) on every line.</source>
        <translation>
            <numerusform>%1 ; l’en-tête « %2 » demande %n champ sur chaque ligne.</numerusform>
            <numerusform>%1 ; l’en-tête « %2 » demande %n champs sur chaque ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs %n field(s).</source>
        <translation>
            <numerusform>%1 ; chaque ligne doit avoir %n champ.</numerusform>
            <numerusform>%1 ; chaque ligne doit avoir %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; every line needs %2 to %3 fields.</source>
        <translation>%1 ; chaque ligne doit avoir de %2 à %3 champs.</translation>
    </message>
    <message numerus="yes">
        <source>%1; every line needs at least %n field(s).</source>
        <translation>
            <numerusform>%1 ; chaque ligne doit avoir au moins %n champ.</numerusform>
            <numerusform>%1 ; chaque ligne doit avoir au moins %n champs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; a line can have at most %n field(s).</source>
        <translation>
            <numerusform>%1 ; une ligne peut avoir au plus %n champ.</numerusform>
            <numerusform>%1 ; une ligne peut avoir au plus %n champs.</numerusform>
        </translation>
    </message>
    <message>
        <source>A quoted field is not closed: add the missing quote (&quot;).</source>
        <translation>Un champ entre guillemets n’est pas fermé : ajoutez le guillemet manquant (&quot;).</translation>
    </message>
    <message>
        <source>Text follows a closing quote: enclose the whole field in quotes and write a quote inside it as two quotes (&quot;&quot;).</source>
        <translation>Du texte suit un guillemet fermant : mettez tout le champ entre guillemets et écrivez un guillemet à l’intérieur en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text: save the file as “CSV UTF-8”.</source>
        <translation>Cette ligne n’est pas du texte UTF-8 valide : enregistrez le fichier en « CSV UTF-8 ».</translation>
    </message>
</context>
<context>
    <name>DashboardHistory</name>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Up for:</source>
        <translation>En service depuis :</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Mémoire :</translation>
    </message>
    <message>
        <source>Users online:</source>
        <translation>Utilisateurs en ligne :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
    <message>
        <source>Modules loaded:</source>
        <translation>Modules chargés :</translation>
    </message>
    <message>
        <source>Users online since the console opened</source>
        <translation>Utilisateurs en ligne depuis l’ouverture de la console</translation>
    </message>
    <message>
        <source>Users online over time</source>
        <translation>Utilisateurs en ligne au fil du temps</translation>
    </message>
    <message>
        <source>Sessions by client (from the resource names)</source>
        <translation>Sessions par client (d’après les noms de ressource)</translation>
    </message>
    <message>
        <source>Sessions by client</source>
        <translation>Sessions par client</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1 h</source>
        <translation>
            <numerusform>%n jour %1 h</numerusform>
            <numerusform>%n jours %1 h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>A sample every %n second(s) (the profile&apos;s auto-refresh interval, or 30 s when it is off), kept while the console runs.</source>
        <translation>
            <numerusform>Une mesure toutes les %n seconde (l’intervalle d’actualisation du profil, ou 30 s s’il est désactivé), gardée tant que la console tourne.</numerusform>
            <numerusform>Une mesure toutes les %n secondes (l’intervalle d’actualisation du profil, ou 30 s s’il est désactivé), gardée tant que la console tourne.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not list the connected sessions.</source>
        <translation>Impossible de lister les sessions connectées.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (this server does not report its version)</source>
        <translation>%1 (ce serveur n’indique pas sa version)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Prosody %1</source>
        <translation>Prosody %1</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s information.</source>
        <translation>Impossible de lire les informations du serveur.</translation>
    </message>
    <message>
        <source>%1 (highest %2)</source>
        <translation>%1 (maximum %2)</translation>
    </message>
    <message>
        <source>Storage:</source>
        <translation>Stockage :</translation>
    </message>
    <message>
        <source>files (internal)</source>
        <translation>fichiers (interne)</translation>
    </message>
    <message>
        <source>SQL (%1)</source>
        <translation>SQL (%1)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) need attention (missing, expired, not for their host, or expiring within %1 days; see the Certificates pane):</source>
        <translation>
            <numerusform>%n certificat demande votre attention (manquant, expiré, pas pour son hôte, ou expirant dans moins de %1 jours ; voir le volet Certificats) :</numerusform>
            <numerusform>%n certificats demandent votre attention (manquants, expirés, pas pour leur hôte, ou expirant dans moins de %1 jours ; voir le volet Certificats) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeletionReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The server: “%1”</source>
        <translation>Le serveur : « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>and %n more, restorable as long.</source>
        <translation>
            <numerusform>et %n autre, restaurable aussi longtemps.</numerusform>
            <numerusform>et %n autres, restaurables aussi longtemps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be deleted:</source>
        <translation>
            <numerusform>%n utilisateur n’a pas pu être supprimé :</numerusform>
            <numerusform>%n utilisateurs n’ont pas pu être supprimés :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) scheduled for deletion: disabled, and restorable (Invitations pane, Restore) until the server deletes them for good.</source>
        <translation>
            <numerusform>%n utilisateur programmé pour suppression : désactivé, et restaurable (volet Invitations, Restaurer) jusqu’à ce que le serveur le supprime définitivement.</numerusform>
            <numerusform>%n utilisateurs programmés pour suppression : désactivés, et restaurables (volet Invitations, Restaurer) jusqu’à ce que le serveur les supprime définitivement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s) immediately: this is final, they cannot be restored.</source>
        <translation>
            <numerusform>%n utilisateur supprimé immédiatement : c’est définitif, il ne peut pas être restauré.</numerusform>
            <numerusform>%n utilisateurs supprimés immédiatement : c’est définitif, ils ne peuvent pas être restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n other user(s).</source>
        <translation>
            <numerusform>%n autre utilisateur supprimé.</numerusform>
            <numerusform>%n autres utilisateurs supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n user(s).</source>
        <translation>
            <numerusform>%n utilisateur supprimé.</numerusform>
            <numerusform>%n utilisateurs supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) were already gone: %1</source>
        <translation>
            <numerusform>%n utilisateur n’existait déjà plus : %1</numerusform>
            <numerusform>%n utilisateurs n’existaient déjà plus : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestroyRoomsDialog</name>
    <message>
        <source>Destroy rooms</source>
        <translation>Détruire des salons</translation>
    </message>
    <message>
        <source>Rooms empty now and without a message for</source>
        <translation>Salons vides maintenant et sans message depuis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rooms to destroy</source>
        <translation>Salons à détruire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Told to the occupants (optional)</source>
        <translation>Communiquée aux occupants (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Alternative venue:</source>
        <translation>Lieu de &amp;remplacement :</translation>
    </message>
    <message>
        <source>room@service where they may go instead (optional)</source>
        <translation>salon@service où ils peuvent aller à la place (facultatif)</translation>
    </message>
    <message>
        <source>Clean up idle rooms</source>
        <translation>Nettoyer les salons inactifs</translation>
    </message>
    <message>
        <source>This room was unused for a long time.</source>
        <translation>Ce salon est resté longtemps inutilisé.</translation>
    </message>
    <message>
        <source>no activity known</source>
        <translation>aucune activité connue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> — %n occupant(s), last activity: %1</source>
        <translation>
            <numerusform> — %n occupant, dernière activité : %1</numerusform>
            <numerusform> — %n occupants, dernière activité : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No room is empty and idle for that long: there is nothing to clean up.</source>
        <translation>Aucun salon n’est vide et inactif depuis si longtemps : il n’y a rien à nettoyer.</translation>
    </message>
    <message numerus="yes">
        <source>These %n room(s) are empty now and idle for that long.
Exactly these will be destroyed, also if someone joins one meanwhile:</source>
        <translation>
            <numerusform>Ce salon (%n) est vide maintenant et inactif depuis ce temps.
C’est exactement lui qui sera détruit, même si quelqu’un le rejoint entre-temps :</numerusform>
            <numerusform>Ces %n salons sont vides maintenant et inactifs depuis ce temps.
Ce sont exactement eux qui seront détruits, même si quelqu’un en rejoint un entre-temps :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy these %n room(s)?
Their occupants are removed and told the reason:</source>
        <translation>
            <numerusform>Détruire ce salon (%n) ?
Ses occupants sont retirés et informés de la raison :</numerusform>
            <numerusform>Détruire ces %n salons ?
Leurs occupants sont retirés et informés de la raison :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n room(s)</source>
        <translation>
            <numerusform>Détruire %n salon</numerusform>
            <numerusform>Détruire %n salons</numerusform>
        </translation>
    </message>
    <message>
        <source>The alternative venue is a room address: room@service.</source>
        <translation>Le lieu de remplacement est une adresse de salon : salon@service.</translation>
    </message>
</context>
<context>
    <name>DisableAccountsDialog</name>
    <message>
        <source>Disable Accounts</source>
        <translation>Désactiver des comptes</translation>
    </message>
    <message>
        <source>Accounts that will be disabled</source>
        <translation>Comptes qui seront désactivés</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>optional: kept by the server with the account</source>
        <translation>facultatif : conservée par le serveur avec le compte</translation>
    </message>
    <message>
        <source>Why the accounts are disabled</source>
        <translation>Pourquoi les comptes sont désactivés</translation>
    </message>
    <message>
        <source>Their sessions are closed at once and they cannot sign in until enabled again. Nothing is deleted: roster, data and role are kept.</source>
        <translation>Leurs sessions sont fermées immédiatement et ils ne peuvent plus se connecter tant qu’ils ne sont pas réactivés. Rien n’est supprimé : liste de contacts, données et rôle sont conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s):</source>
        <translation>
            <numerusform>Désactiver %n compte :</numerusform>
            <numerusform>Désactiver %n comptes :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n Account(s)</source>
        <translation>
            <numerusform>&amp;Désactiver %n compte</numerusform>
            <numerusform>&amp;Désactiver %n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not remove the old draft %1.</source>
        <translation>Impossible de retirer l’ancien brouillon %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for drafts.</source>
        <translation>Impossible de créer le dossier %1 des brouillons.</translation>
    </message>
    <message>
        <source>Could not save the draft to %1: %2</source>
        <translation>Impossible d’enregistrer le brouillon dans %1 : %2</translation>
    </message>
    <message>
        <source>Another console (process %1) keeps the drafts; this window&apos;s draft is not saved.</source>
        <translation>Une autre console (processus %1) gère les brouillons ; le brouillon de cette fenêtre n’est pas enregistré.</translation>
    </message>
</context>
<context>
    <name>ExistingUsersCheck</name>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
</context>
<context>
    <name>FederationPane</name>
    <message>
        <source>Filter by remote or local domain…</source>
        <translation>Filtrer par domaine distant ou local…</translation>
    </message>
    <message>
        <source>Filter connections</source>
        <translation>Filtrer les connexions</translation>
    </message>
    <message>
        <source>Server-to-server connections</source>
        <translation>Connexions de serveur à serveur</translation>
    </message>
    <message>
        <source>Close connection…</source>
        <translation>Fermer la connexion…</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Fédération</translation>
    </message>
    <message>
        <source>Could not list the server-to-server connections.</source>
        <translation>Impossible de lister les connexions de serveur à serveur.</translation>
    </message>
    <message>
        <source>No server-to-server connection now</source>
        <translation>Aucune connexion de serveur à serveur actuellement</translation>
    </message>
    <message>
        <source>%1 incoming, %2 outgoing</source>
        <translation>%1 entrante(s), %2 sortante(s)</translation>
    </message>
    <message>
        <source>Federation is unavailable: this server&apos;s admin_rest module has no federation extension (it is the published module, or mod_s2s is disabled).</source>
        <translation>La fédération est indisponible : le module admin_rest de ce serveur n’a pas d’extension pour la fédération (c’est le module publié, ou mod_s2s est désactivé).</translation>
    </message>
    <message>
        <source>Federation is unavailable: %1</source>
        <translation>La fédération est indisponible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Close %n server-to-server connection(s)? Messages to and from these servers wait until a new connection is made, which either side may do at once.</source>
        <translation>
            <numerusform>Fermer %n connexion de serveur à serveur ? Les messages vers et depuis ce serveur attendent qu’une nouvelle connexion soit établie, ce que chaque côté peut faire aussitôt.</numerusform>
            <numerusform>Fermer %n connexions de serveur à serveur ? Les messages vers et depuis ces serveurs attendent qu’une nouvelle connexion soit établie, ce que chaque côté peut faire aussitôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close connections</source>
        <translation>Fermer des connexions</translation>
    </message>
    <message numerus="yes">
        <source>Close %n connection(s)</source>
        <translation>
            <numerusform>Fermer %n connexion</numerusform>
            <numerusform>Fermer %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed by the administrator</source>
        <translation>Fermée par l’administrateur</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) closed.</source>
        <translation>
            <numerusform>%n connexion fermée.</numerusform>
            <numerusform>%n connexions fermées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not close %n connection(s).</source>
        <translation>
            <numerusform>Impossible de fermer %n connexion.</numerusform>
            <numerusform>Impossible de fermer %n connexions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetBroadcast</name>
    <message>
        <source>Left out, as no password is known for them in this session: %1. Connect to them once (or let the keychain remember their passwords) to include them.</source>
        <translation>Laissés de côté, faute de mot de passe connu pour eux dans cette session : %1. Connectez-vous-y une fois (ou laissez le trousseau mémoriser leurs mots de passe) pour les inclure.</translation>
    </message>
    <message>
        <source>Left out, as their profiles are read-only: %1.</source>
        <translation>Laissés de côté, car leurs profils sont en lecture seule : %1.</translation>
    </message>
    <message>
        <source>No server is left to broadcast to.</source>
        <translation>Il ne reste aucun serveur vers lequel diffuser.</translation>
    </message>
</context>
<context>
    <name>FleetOverviewDialog</name>
    <message>
        <source>Fleet Overview</source>
        <translation>Vue d’ensemble de la flotte</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Filtrer les profils</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Probe every server again</source>
        <translation>Interroger de nouveau chaque serveur</translation>
    </message>
    <message>
        <source>&amp;Broadcast…</source>
        <translation>&amp;Diffusion…</translation>
    </message>
    <message>
        <source>Send one message to everyone online on the selected servers (all servers when none is selected)</source>
        <translation>Envoyer un message à tous les connectés des serveurs sélectionnés (tous les serveurs si aucun n’est sélectionné)</translation>
    </message>
    <message>
        <source>Broadcast to the selected servers</source>
        <translation>Diffuser aux serveurs sélectionnés</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>What was found about the selected server</source>
        <translation>Ce qui a été trouvé sur le serveur sélectionné</translation>
    </message>
    <message>
        <source>No password in this session or the keychain: connect to this profile once to enter it.</source>
        <translation>Aucun mot de passe dans cette session ni dans le trousseau : connectez-vous une fois à ce profil pour le saisir.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) reachable</source>
        <translation>
            <numerusform>%1 serveur sur %n joignable</numerusform>
            <numerusform>%1 serveurs sur %n joignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>probing %n…</source>
        <translation>
            <numerusform>%n en cours d’interrogation…</numerusform>
            <numerusform>%n en cours d’interrogation…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This server cannot list a group&apos;s members.</source>
        <translation>Ce serveur ne peut pas lister les membres d’un groupe.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Enter a group id.</source>
        <translation>Saisissez un identifiant de groupe.</translation>
    </message>
    <message>
        <source>A group id cannot contain spaces.</source>
        <translation>Un identifiant de groupe ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>A group id cannot contain “%1”.</source>
        <translation>Un identifiant de groupe ne peut pas contenir « %1 ».</translation>
    </message>
    <message>
        <source>“%1” cannot be a group id.</source>
        <translation>« %1 » ne peut pas être un identifiant de groupe.</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Filter groups…</source>
        <translation>Filtrer les groupes…</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filtrer les groupes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected groups</source>
        <translation>Supprimer les groupes sélectionnés</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>Synchronise the selected group&apos;s rosters</source>
        <translation>Synchroniser les listes de contacts du groupe sélectionné</translation>
    </message>
    <message>
        <source>Id of an existing group</source>
        <translation>Identifiant d’un groupe existant</translation>
    </message>
    <message>
        <source>Add &amp;known group id</source>
        <translation>Ajouter un identifiant de groupe &amp;connu</translation>
    </message>
    <message>
        <source>Add a known group id to the list</source>
        <translation>Ajouter un identifiant de groupe connu à la liste</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Shown in members&apos; rosters, e.g. Team</source>
        <translation>Affiché dans les listes de contacts des membres, p. ex. Équipe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Optional: the server picks one</source>
        <translation>Facultatif : le serveur en choisit un</translation>
    </message>
    <message>
        <source>Id of the new group (optional)</source>
        <translation>Identifiant du nouveau groupe (facultatif)</translation>
    </message>
    <message>
        <source>Create default &amp;chat room</source>
        <translation>Créer un &amp;salon par défaut</translation>
    </message>
    <message>
        <source>Create a default chat room for the group</source>
        <translation>Créer un salon de discussion par défaut pour le groupe</translation>
    </message>
    <message>
        <source>C&amp;reate group</source>
        <translation>C&amp;réer le groupe</translation>
    </message>
    <message>
        <source>Create the group</source>
        <translation>Créer le groupe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>Membres du groupe sélectionné</translation>
    </message>
    <message>
        <source>User name or JID, e.g. alice</source>
        <translation>Nom d’utilisateur ou JID, p. ex. alice</translation>
    </message>
    <message>
        <source>User to add to the group</source>
        <translation>Utilisateur à ajouter au groupe</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <source>Add the user to the selected group</source>
        <translation>Ajouter l’utilisateur au groupe sélectionné</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected members from the group</source>
        <translation>Retirer du groupe les membres sélectionnés</translation>
    </message>
    <message>
        <source>Could not list the users for completion.</source>
        <translation>Impossible de lister les utilisateurs pour la complétion.</translation>
    </message>
    <message>
        <source>This server has no group support (mod_groups_internal is not loaded)</source>
        <translation>Ce serveur ne prend pas en charge les groupes (mod_groups_internal n’est pas chargé)</translation>
    </message>
    <message>
        <source>This server cannot list its groups or their members. Shown are the groups created in this console or added by id during this session; use “Add known group id” for others.</source>
        <translation>Ce serveur ne peut pas lister ses groupes ni leurs membres. Sont affichés les groupes créés dans cette console ou ajoutés par identifiant pendant cette session ; utilisez « Ajouter un identifiant de groupe connu » pour les autres.</translation>
    </message>
    <message>
        <source>Could not list the groups.</source>
        <translation>Impossible de lister les groupes.</translation>
    </message>
    <message>
        <source>Select one group to see and change its members.</source>
        <translation>Sélectionnez un groupe pour voir et modifier ses membres.</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>This server cannot list a group&apos;s members; adding and removing members still work.</source>
        <translation>Ce serveur ne peut pas lister les membres d’un groupe ; ajouter et retirer des membres fonctionne quand même.</translation>
    </message>
    <message>
        <source>Could not read the members of %1.</source>
        <translation>Impossible de lire les membres de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the group: members see it as a roster group.</source>
        <translation>Saisissez un nom pour le groupe : les membres le voient comme un groupe de leur liste de contacts.</translation>
    </message>
    <message>
        <source>A group with the id %1 exists already: choose another id.</source>
        <translation>Un groupe avec l’identifiant %1 existe déjà : choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>Could not create the group %1.</source>
        <translation>Impossible de créer le groupe %1.</translation>
    </message>
    <message>
        <source>Group %1 created with the id %2.</source>
        <translation>Groupe %1 créé avec l’identifiant %2.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (identifiant %2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)? Their members keep their accounts, but lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>Supprimer %n groupe ? Ses membres gardent leur compte, mais perdent les entrées du groupe dans leur liste de contacts.</numerusform>
            <numerusform>Supprimer %n groupes ? Leurs membres gardent leur compte, mais perdent les entrées des groupes dans leur liste de contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Supprimer des groupes</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s)</source>
        <translation>
            <numerusform>Supprimer %n groupe</numerusform>
            <numerusform>Supprimer %n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) deleted.</source>
        <translation>
            <numerusform>%n groupe supprimé.</numerusform>
            <numerusform>%n groupes supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not delete %n group(s): %1.</source>
        <translation>
            <numerusform>Impossible de supprimer %n groupe : %1.</numerusform>
            <numerusform>Impossible de supprimer %n groupes : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not synchronise the group %1.</source>
        <translation>Impossible de synchroniser le groupe %1.</translation>
    </message>
    <message>
        <source>Group %1 synchronised: its members&apos; rosters are up to date.</source>
        <translation>Groupe %1 synchronisé : les listes de contacts de ses membres sont à jour.</translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1 added to the list. The server does not say whether it exists; the first change to it will.</source>
        <translation>%1 ajouté à la liste. Le serveur ne dit pas s’il existe ; la première modification le dira.</translation>
    </message>
    <message>
        <source>Select one group first.</source>
        <translation>Sélectionnez d’abord un groupe.</translation>
    </message>
    <message>
        <source>Group members must be users of %1: enter a user of that host.</source>
        <translation>Les membres du groupe doivent être des utilisateurs de %1 : saisissez un utilisateur de cet hôte.</translation>
    </message>
    <message>
        <source>%1 is a member already.</source>
        <translation>%1 est déjà membre.</translation>
    </message>
    <message>
        <source>%1 is not in the list of registered users; the server will check.</source>
        <translation>%1 n’est pas dans la liste des utilisateurs inscrits ; le serveur vérifiera.</translation>
    </message>
    <message>
        <source>Could not add %1 to the group %2.</source>
        <translation>Impossible d’ajouter %1 au groupe %2.</translation>
    </message>
    <message>
        <source>%1 added to the group %2.</source>
        <translation>%1 ajouté au groupe %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s) from the group %1? They lose the group&apos;s entries in their rosters.</source>
        <translation>
            <numerusform>Retirer %n membre du groupe %1 ? Il perd les entrées du groupe dans sa liste de contacts.</numerusform>
            <numerusform>Retirer %n membres du groupe %1 ? Ils perdent les entrées du groupe dans leur liste de contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Retirer des membres</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n member(s)</source>
        <translation>
            <numerusform>Retirer %n membre</numerusform>
            <numerusform>Retirer %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) removed from the group %1.</source>
        <translation>
            <numerusform>%n membre retiré du groupe %1.</numerusform>
            <numerusform>%n membres retirés du groupe %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n member(s) from the group %1: %2.</source>
        <translation>
            <numerusform>Impossible de retirer %n membre du groupe %1 : %2.</numerusform>
            <numerusform>Impossible de retirer %n membres du groupe %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>En attente de la fin de la dernière modification par le serveur.</translation>
    </message>
    <message>
        <source>Create a group with this name</source>
        <translation>Créer un groupe portant ce nom</translation>
    </message>
    <message>
        <source>Bring the rosters of the selected group&apos;s members up to date</source>
        <translation>Mettre à jour les listes de contacts des membres du groupe sélectionné</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>the server&apos;s certificate is not the pinned certificate</source>
        <translation>le certificat du serveur n’est pas le certificat épinglé</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion s’est fermée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the answer took longer than %1 s</source>
        <translation>la réponse a pris plus de %1 s</translation>
    </message>
</context>
<context>
    <name>ImportUsers</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>ImportUsersDialog</name>
    <message>
        <source>Import Users from CSV</source>
        <translation>Importer des utilisateurs depuis un CSV</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV :</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what the import would do.</source>
        <translation>Choisissez un fichier CSV pour voir ce que ferait l’importation.</translation>
    </message>
    <message>
        <source>Show only lines that will &amp;not be imported</source>
        <translation>Afficher seulement les lignes qui ne seront &amp;pas importées</translation>
    </message>
    <message>
        <source>Show only lines that will not be imported</source>
        <translation>Afficher seulement les lignes qui ne seront pas importées</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l’importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Import outcome</source>
        <translation>Résultat de l’importation</translation>
    </message>
    <message>
        <source>&amp;Overwrite the passwords of existing users</source>
        <translation>Écraser les mots de passe des utilisateurs &amp;existants</translation>
    </message>
    <message>
        <source>Overwrite the passwords of existing users</source>
        <translation>Écraser les mots de passe des utilisateurs existants</translation>
    </message>
    <message>
        <source>Users that exist already are skipped unless this is ticked. When it is, their passwords are replaced by the ones in the file.</source>
        <translation>Les utilisateurs qui existent déjà sont ignorés, sauf si cette case est cochée. Dans ce cas, leurs mots de passe sont remplacés par ceux du fichier.</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Requêtes &amp;parallèles :</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Requêtes parallèles</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Retry the failed users</source>
        <translation>Réessayer les utilisateurs en échec</translation>
    </message>
    <message>
        <source>Sends again only what failed, was cancelled or was not started. What succeeded is not sent again.</source>
        <translation>Renvoie seulement ce qui a échoué, a été annulé ou n’a pas démarré. Ce qui a réussi n’est pas renvoyé.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Arrêter l’importation</translation>
    </message>
    <message>
        <source>Starts no further request; the ones on their way finish and their outcome is shown.</source>
        <translation>Ne lance plus de requête ; celles en route se terminent et leur résultat est affiché.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Lancer l’importation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Checking which users exist already… %1 of %2</source>
        <translation>Vérification des utilisateurs existants… %1 sur %2</translation>
    </message>
    <message>
        <source>Could not find out which users exist already, so none of them will be imported. Choose the file again to retry.</source>
        <translation>Impossible de savoir quels utilisateurs existent déjà : aucun ne sera donc importé. Choisissez de nouveau le fichier pour réessayer.</translation>
    </message>
    <message>
        <source>The connection to the server changed. Choose the file again once connected.</source>
        <translation>La connexion au serveur a changé. Choisissez de nouveau le fichier une fois connecté.</translation>
    </message>
    <message>
        <source>Choose a CSV File of Users</source>
        <translation>Choisir un fichier CSV d’utilisateurs</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Choose another file.</source>
        <translation>Impossible d’ouvrir %1 : %2. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1 dépasse %2 Mo : découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>This file contains no users.</source>
        <translation>Ce fichier ne contient aucun utilisateur.</translation>
    </message>
    <message>
        <source>Not connected: connect to a server, then choose the file again.</source>
        <translation>Non connecté : connectez-vous à un serveur, puis choisissez de nouveau le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Checking which of the %n user(s) exist already…</source>
        <translation>
            <numerusform>Vérification de l’existence de l’utilisateur (%n)…</numerusform>
            <numerusform>Vérification de ceux des %n utilisateurs qui existent déjà…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will be created.</source>
        <translation>
            <numerusform>%n nouvel utilisateur sera créé.</numerusform>
            <numerusform>%n nouveaux utilisateurs seront créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will get the password from the file.</source>
        <translation>
            <numerusform>%n utilisateur existant recevra le mot de passe du fichier.</numerusform>
            <numerusform>%n utilisateurs existants recevront le mot de passe du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing user(s) will be skipped.</source>
        <translation>
            <numerusform>%n utilisateur existant sera ignoré.</numerusform>
            <numerusform>%n utilisateurs existants seront ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported: see Details.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée : voir les détails.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées : voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Passwords?</source>
        <translation>Remplacer les mots de passe ?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) exist already. Their passwords will be replaced by the ones in the file, and they will have to log in with the new password.</source>
        <translation>
            <numerusform>%n utilisateur existe déjà. Son mot de passe sera remplacé par celui du fichier, et il devra se connecter avec le nouveau mot de passe.</numerusform>
            <numerusform>%n utilisateurs existent déjà. Leurs mots de passe seront remplacés par ceux du fichier, et ils devront se connecter avec le nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace %n Password(s)</source>
        <translation>
            <numerusform>Remplacer %n mot de passe</numerusform>
            <numerusform>Remplacer %n mots de passe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be imported: see the Message column. “Retry Failed” sends only those again.</source>
        <translation>
            <numerusform>%n utilisateur n’a pas pu être importé : voir la colonne Message. « Réessayer les échecs » renvoie seulement celui-là.</numerusform>
            <numerusform>%n utilisateurs n’ont pas pu être importés : voir la colonne Message. « Réessayer les échecs » renvoie seulement ceux-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n user(s) were not imported: “Retry Failed” sends only those.</source>
        <translation>
            <numerusform>Arrêté. %n utilisateur n’a pas été importé : « Réessayer les échecs » renvoie seulement celui-là.</numerusform>
            <numerusform>Arrêté. %n utilisateurs n’ont pas été importés : « Réessayer les échecs » renvoie seulement ceux-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>Importation terminée : %n utilisateur importé.</numerusform>
            <numerusform>Importation terminée : %n utilisateurs importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for the %n request(s) on their way.</source>
        <translation>
            <numerusform>Arrêt : attente de la requête en route (%n).</numerusform>
            <numerusform>Arrêt : attente des %n requêtes en route.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>%1 Succeeded: %2 · Failed: %3 · Cancelled: %4 · Not started: %5 · Skipped: %6</source>
        <translation>%1 Réussis : %2 · Échoués : %3 · Annulés : %4 · Non démarrés : %5 · Ignorés : %6</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n User(s)</source>
        <translation>
            <numerusform>&amp;Importer %n utilisateur</numerusform>
            <numerusform>&amp;Importer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>This connection is read-only: nothing can be imported.</source>
        <translation>Cette connexion est en lecture seule : rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>Nothing in this file can be imported: see Details.</source>
        <translation>Rien dans ce fichier ne peut être importé : voir les détails.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume (%n Left)</source>
        <translation>
            <numerusform>&amp;Reprendre (%n restant)</numerusform>
            <numerusform>&amp;Reprendre (%n restants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n Failed</source>
        <translation>
            <numerusform>&amp;Réessayer %n échec</numerusform>
            <numerusform>&amp;Réessayer %n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the Import?</source>
        <translation>Arrêter l’importation ?</translation>
    </message>
    <message>
        <source>The import is still running: %1 of %2 done. Closing stops it. The requests already on their way (up to %3) may or may not be applied by the server.</source>
        <translation>L’importation est encore en cours : %1 sur %2 terminés. Fermer l’arrête. Les requêtes déjà en route (jusqu’à %3) seront peut-être appliquées par le serveur, peut-être pas.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Arrêter et fermer</translation>
    </message>
    <message>
        <source>One user per line: &lt;tt&gt;user,password[,role]&lt;/tt&gt;, comma-separated, UTF-8; where the server makes invitations, a line without a password gets an invitation. A first line &lt;tt&gt;user,password,role&lt;/tt&gt; is read as the header. Nothing is sent before you click Import.</source>
        <translation>Un utilisateur par ligne : &lt;tt&gt;user,password[,role]&lt;/tt&gt;, séparés par des virgules, en UTF-8 ; là où le serveur crée des invitations, une ligne sans mot de passe reçoit une invitation. Une première ligne &lt;tt&gt;user,password,role&lt;/tt&gt; est lue comme en-tête. Rien n’est envoyé avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>In&amp;vite every new user instead of setting a password</source>
        <translation>&amp;Inviter chaque nouvel utilisateur au lieu de définir un mot de passe</translation>
    </message>
    <message>
        <source>Invite every new user instead of setting a password</source>
        <translation>Inviter chaque nouvel utilisateur au lieu de définir un mot de passe</translation>
    </message>
    <message>
        <source>New users get an invitation to register with, and choose their own password. Lines without a password get one anyway where the server makes invitations.</source>
        <translation>Les nouveaux utilisateurs reçoivent une invitation pour s’inscrire et choisissent leur propre mot de passe. Les lignes sans mot de passe en reçoivent une de toute façon là où le serveur crée des invitations.</translation>
    </message>
    <message>
        <source>How many requests the console keeps going at once. It opens at most six connections to a server; requests beyond six wait on this side and go out the moment a connection is free, so that the server never waits for the next one. Where the server has batch routes (this console&apos;s module), each request creates many users, sized so that none takes much over a second.</source>
        <translation>Combien de requêtes la console mène à la fois. Elle ouvre au plus six connexions vers un serveur ; les requêtes au-delà de six attendent de ce côté et partent dès qu’une connexion se libère, pour que le serveur n’attende jamais la suivante. Là où le serveur a des routes par lots (le module de cette console), chaque requête crée de nombreux utilisateurs, dimensionnée pour qu’aucune ne dure beaucoup plus d’une seconde.</translation>
    </message>
    <message>
        <source>E&amp;xport Invitations…</source>
        <translation>E&amp;xporter les invitations…</translation>
    </message>
    <message>
        <source>Export the invitations as CSV</source>
        <translation>Exporter les invitations en CSV</translation>
    </message>
    <message>
        <source>Saves the invitations made (user, link, expiry) as CSV, for a mail merge.</source>
        <translation>Enregistre les invitations créées (utilisateur, lien, expiration) en CSV, pour un publipostage.</translation>
    </message>
    <message numerus="yes">
        <source>%n new user(s) will get an invitation instead of a password.</source>
        <translation>
            <numerusform>%n nouvel utilisateur recevra une invitation au lieu d’un mot de passe.</numerusform>
            <numerusform>%n nouveaux utilisateurs recevront une invitation au lieu d’un mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) made: “Export Invitations…” saves their links for a mail merge.</source>
        <translation>
            <numerusform>%n invitation créée : « Exporter les invitations… » enregistre son lien pour un publipostage.</numerusform>
            <numerusform>%n invitations créées : « Exporter les invitations… » enregistre leurs liens pour un publipostage.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server makes no invitations: every line needs a password.</source>
        <translation>Ce serveur ne crée pas d’invitations : chaque ligne a besoin d’un mot de passe.</translation>
    </message>
    <message>
        <source>Export Invitations as CSV</source>
        <translation>Exporter les invitations en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) saved to %1. The links are secrets: hand each one only to its person.</source>
        <translation>
            <numerusform>%n invitation enregistrée dans %1. Les liens sont secrets : ne remettez chacun qu’à sa personne.</numerusform>
            <numerusform>%n invitations enregistrées dans %1. Les liens sont secrets : ne remettez chacun qu’à sa personne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationCard</name>
    <message>
        <source>Invitation QR code</source>
        <translation>Code QR de l’invitation</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Lien de l’invitation</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the invitation link</source>
        <translation>Copier le lien de l’invitation</translation>
    </message>
    <message>
        <source>&amp;Web page:</source>
        <translation>Page &amp;web :</translation>
    </message>
    <message>
        <source>Invitation web page</source>
        <translation>Page web de l’invitation</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>Copy the invitation web page</source>
        <translation>Copier l’adresse de la page web de l’invitation</translation>
    </message>
    <message>
        <source>Select an invitation to show its QR code and link.</source>
        <translation>Sélectionnez une invitation pour afficher son code QR et son lien.</translation>
    </message>
    <message>
        <source>Password reset for %1, valid until %2.</source>
        <translation>Réinitialisation du mot de passe de %1, valide jusqu’au %2.</translation>
    </message>
    <message>
        <source>New account on %1, valid until %2.</source>
        <translation>Nouveau compte sur %1, valide jusqu’au %2.</translation>
    </message>
    <message>
        <source>New account %1, valid until %2.</source>
        <translation>Nouveau compte %1, valide jusqu’au %2.</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s XMPP client, or send the link.</source>
        <translation>Scannez le code avec le client XMPP du téléphone, ou envoyez le lien.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
</context>
<context>
    <name>InvitationsModel</name>
    <message>
        <source>anyone (reusable)</source>
        <translation>n’importe qui (réutilisable)</translation>
    </message>
    <message>
        <source>anyone (once)</source>
        <translation>n’importe qui (une fois)</translation>
    </message>
    <message>
        <source>new account</source>
        <translation>nouveau compte</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>This invitation has expired: its link no longer works.</source>
        <translation>Cette invitation a expiré : son lien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
</context>
<context>
    <name>InvitationsPane</name>
    <message>
        <source>&amp;New Invitation…</source>
        <translation>&amp;Nouvelle invitation…</translation>
    </message>
    <message>
        <source>Create an invitation</source>
        <translation>Créer une invitation</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Revoke the selected invitations</source>
        <translation>Révoquer les invitations sélectionnées</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Accounts pending deletion</source>
        <translation>Comptes en attente de suppression</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Rest&amp;aurer</translation>
    </message>
    <message>
        <source>Restore the selected accounts</source>
        <translation>Restaurer les comptes sélectionnés</translation>
    </message>
    <message>
        <source>Unavailable on this server: %1</source>
        <translation>Indisponible sur ce serveur : %1</translation>
    </message>
    <message>
        <source>Could not read the invitations.</source>
        <translation>Impossible de lire les invitations.</translation>
    </message>
    <message>
        <source>Could not read the accounts pending deletion.</source>
        <translation>Impossible de lire les comptes en attente de suppression.</translation>
    </message>
    <message>
        <source>Could not create the invitation.</source>
        <translation>Impossible de créer l’invitation.</translation>
    </message>
    <message>
        <source>Invitation created: hand over the QR code or the link below. It works until it expires or is revoked.</source>
        <translation>Invitation créée : transmettez le code QR ou le lien ci-dessous. Elle fonctionne jusqu’à son expiration ou sa révocation.</translation>
    </message>
    <message>
        <source>Revoke Invitations</source>
        <translation>Révoquer des invitations</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n invitation(s)? Their links stop working at once: %1</source>
        <translation>
            <numerusform>Révoquer %n invitation ? Son lien cesse aussitôt de fonctionner : %1</numerusform>
            <numerusform>Révoquer %n invitations ? Leurs liens cessent aussitôt de fonctionner : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) revoked.</source>
        <translation>
            <numerusform>%n invitation révoquée.</numerusform>
            <numerusform>%n invitations révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not revoke %n invitation(s).</source>
        <translation>
            <numerusform>Impossible de révoquer %n invitation.</numerusform>
            <numerusform>Impossible de révoquer %n invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored, enabled again with everything they had: %1</source>
        <translation>Restaurés et réactivés avec tout ce qu’ils avaient : %1</translation>
    </message>
    <message>
        <source>Could not restore every account.</source>
        <translation>Impossible de restaurer tous les comptes.</translation>
    </message>
    <message>
        <source>This server&apos;s admin module has no invitations (it needs this project&apos;s module and mod_invites).</source>
        <translation>Le module d’administration de ce serveur ne gère pas les invitations (il faut le module de ce projet et mod_invites).</translation>
    </message>
    <message>
        <source>Deleted accounts stay restorable until the server&apos;s grace period ends; then they are gone for good.</source>
        <translation>Les comptes supprimés restent restaurables jusqu’à la fin du délai de grâce du serveur ; ensuite, ils disparaissent définitivement.</translation>
    </message>
    <message>
        <source>This server deletes accounts at once: no grace period (Prosody 13 with mod_user_account_management and registration_delete_grace_period).</source>
        <translation>Ce serveur supprime les comptes immédiatement : aucun délai de grâce (Prosody 13 avec mod_user_account_management et registration_delete_grace_period).</translation>
    </message>
    <message>
        <source>This profile is read-only.</source>
        <translation>Ce profil est en lecture seule.</translation>
    </message>
</context>
<context>
    <name>IpAddressValidator</name>
    <message>
        <source>Enter an IP address, for example 192.0.2.7 or 2001:db8::7.</source>
        <translation>Saisissez une adresse IP, par exemple 192.0.2.7 ou 2001:db8::7.</translation>
    </message>
    <message>
        <source>An address cannot contain spaces: enter one address at a time.</source>
        <translation>Une adresse ne peut pas contenir d’espaces : saisissez une adresse à la fois.</translation>
    </message>
    <message>
        <source>Address ranges such as “%1” (CIDR) are not supported by the whitelist module: enter single addresses, one at a time.</source>
        <translation>Les plages d’adresses comme « %1 » (CIDR) ne sont pas prises en charge par le module de liste blanche : saisissez des adresses isolées, une à la fois.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 192.0.2.7.</source>
        <translation>« %1 » n’est pas une adresse IP. Saisissez une adresse IPv4 ou IPv6, par exemple 192.0.2.7.</translation>
    </message>
    <message>
        <source>Enter the address without its scope (the part from “%” on): the whitelist cannot hold scoped IPv6 addresses.</source>
        <translation>Saisissez l’adresse sans sa portée (la partie à partir de « % ») : la liste blanche ne peut pas contenir d’adresses IPv6 avec portée.</translation>
    </message>
    <message>
        <source>Enter the address without a port: “%1”. The whitelist holds addresses, not ports.</source>
        <translation>Saisissez l’adresse sans port : « %1 ». La liste blanche contient des adresses, pas des ports.</translation>
    </message>
    <message>
        <source>The address will be stored as “%1”.</source>
        <translation>L’adresse sera enregistrée sous la forme « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address, for example 2001:db8::7.</source>
        <translation>« %1 » n’est pas une adresse IP. Saisissez une adresse IPv4 ou IPv6, par exemple 2001:db8::7.</translation>
    </message>
    <message>
        <source>Write the address without leading zeros (such as “010”): some systems read them as octal numbers.</source>
        <translation>Écrivez l’adresse sans zéros en tête (comme « 010 ») : certains systèmes les lisent comme des nombres octaux.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter one IPv4 or IPv6 address (host names are not accepted), for example 192.0.2.7.</source>
        <translation>« %1 » n’est pas une adresse IP. Saisissez une adresse IPv4 ou IPv6 (les noms d’hôte ne sont pas acceptés), par exemple 192.0.2.7.</translation>
    </message>
</context>
<context>
    <name>JidValidator</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>A user name cannot contain spaces.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>A user name cannot contain the character “%1”.</source>
        <translation>Un nom d’utilisateur ne peut pas contenir le caractère « %1 ».</translation>
    </message>
    <message>
        <source>A user name can be at most 1023 bytes long.</source>
        <translation>Un nom d’utilisateur peut compter au plus 1023 octets.</translation>
    </message>
    <message>
        <source>The name will be stored as “%1”.</source>
        <translation>Le nom sera enregistré sous la forme « %1 ».</translation>
    </message>
    <message>
        <source>Enter a domain after the @.</source>
        <translation>Saisissez un domaine après le @.</translation>
    </message>
    <message>
        <source>A domain can be at most 1023 bytes long.</source>
        <translation>Un domaine peut compter au plus 1023 octets.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain.</source>
        <translation>« %1 » n’est pas un domaine valide.</translation>
    </message>
    <message>
        <source>A domain cannot contain “%1”.</source>
        <translation>Un domaine ne peut pas contenir « %1 ».</translation>
    </message>
    <message>
        <source>Enter a user without a resource (nothing after “/”).</source>
        <translation>Saisissez un utilisateur sans ressource (rien après « / »).</translation>
    </message>
    <message>
        <source>Enter a JID without a resource (nothing after “/”).</source>
        <translation>Saisissez un JID sans ressource (rien après « / »).</translation>
    </message>
    <message>
        <source>Enter a full JID such as user@example.org.</source>
        <translation>Saisissez un JID complet comme user@example.org.</translation>
    </message>
    <message>
        <source>A JID contains only one “@”.</source>
        <translation>Un JID ne contient qu’un seul « @ ».</translation>
    </message>
    <message>
        <source>The JID will be used as “%1”.</source>
        <translation>Le JID sera utilisé sous la forme « %1 ».</translation>
    </message>
    <message>
        <source>A user name cannot mix right-to-left and left-to-right letters, and right-to-left text must start and end with a right-to-left letter.</source>
        <translation>Un nom d’utilisateur ne peut pas mélanger des lettres s’écrivant de droite à gauche et de gauche à droite, et un texte de droite à gauche doit commencer et finir par une lettre de droite à gauche.</translation>
    </message>
    <message>
        <source>“%1” holds a character the server does not accept in a user name.</source>
        <translation>« %1 » contient un caractère que le serveur n’accepte pas dans un nom d’utilisateur.</translation>
    </message>
</context>
<context>
    <name>KickDialog</name>
    <message>
        <source>Disconnect Sessions</source>
        <translation>Déconnecter des sessions</translation>
    </message>
    <message>
        <source>Sessions to disconnect</source>
        <translation>Sessions à déconnecter</translation>
    </message>
    <message>
        <source>&amp;Reason shown to the users:</source>
        <translation>&amp;Raison montrée aux utilisateurs :</translation>
    </message>
    <message>
        <source>Disconnected by the server administrator</source>
        <translation>Déconnecté par l’administrateur du serveur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>This is not a ban: their clients may sign in again at once. To keep a user out, change the password or delete the account.</source>
        <translation>Ce n’est pas un bannissement : leurs clients peuvent se reconnecter aussitôt. Pour tenir un utilisateur à l’écart, changez le mot de passe ou supprimez le compte.</translation>
    </message>
    <message numerus="yes">
        <source>These %n session(s) will be closed now, with the reason below:</source>
        <translation>
            <numerusform>Cette session (%n) va être fermée maintenant, avec la raison ci-dessous :</numerusform>
            <numerusform>Ces %n sessions vont être fermées maintenant, avec la raison ci-dessous :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disconnect %n Session(s)</source>
        <translation>
            <numerusform>&amp;Déconnecter %n session</numerusform>
            <numerusform>&amp;Déconnecter %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Prosody Admin Console</source>
        <translation>Console d’administration Prosody</translation>
    </message>
    <message>
        <source>Profile marking</source>
        <translation>Marquage du profil</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Volets</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation>Recharger le volet actuel depuis le serveur</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Move the cursor to the current pane&apos;s filter</source>
        <translation>Placer le curseur dans le filtre du volet actuel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Aucun serveur</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected (%1)</source>
        <translation>Connecté (%1)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Last refresh %1</source>
        <translation>Dernière actualisation %1</translation>
    </message>
    <message>
        <source>%1 — Prosody Admin Console</source>
        <translation>%1 — Console d’administration Prosody</translation>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Some names here contain invisible or text-direction characters, written out as \u codes: check that each is the one you mean.</source>
        <translation>Certains noms ici contiennent des caractères invisibles ou qui changent le sens de l’écriture, écrits sous forme de codes \u : vérifiez que chacun est bien celui auquel vous pensez.</translation>
    </message>
    <message>
        <source>Some names are too long to be shown here in full: the details show them whole.</source>
        <translation>Certains noms sont trop longs pour être affichés ici : ils figurent en entier dans les détails.</translation>
    </message>
</context>
<context>
    <name>MessageOptionsWidget</name>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Message subject</source>
        <translation>Objet du message</translation>
    </message>
    <message>
        <source>Pre&amp;view to Me</source>
        <translation>&amp;Aperçu pour moi</translation>
    </message>
    <message>
        <source>Send this message to your own account first, to see how it arrives</source>
        <translation>Envoyer d’abord ce message à votre propre compte, pour voir comment il arrive</translation>
    </message>
    <message>
        <source>Send a preview to your own account</source>
        <translation>Envoyer un aperçu à votre propre compte</translation>
    </message>
    <message>
        <source>Server default (normal)</source>
        <translation>Par défaut du serveur (normal)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>This server sends every message as type “normal” without a subject.</source>
        <translation>Ce serveur envoie chaque message avec le type « normal », sans objet.</translation>
    </message>
    <message>
        <source>Normal: a standalone message. Some mobile clients show it only in a separate list or not at all; choose Chat if users miss it.</source>
        <translation>Normal : un message autonome. Certains clients mobiles ne l’affichent que dans une liste à part, voire pas du tout ; choisissez Discussion si des utilisateurs le manquent.</translation>
    </message>
    <message>
        <source>Chat: shows in a conversation with the server&apos;s address, like a message from a contact; every client shows it.</source>
        <translation>Discussion : s’affiche dans une conversation avec l’adresse du serveur, comme le message d’un contact ; tous les clients l’affichent.</translation>
    </message>
    <message>
        <source>Headline: a notice that is not stored in the conversation and is not kept for users who are offline; several clients show it briefly or not at all.</source>
        <translation>Titre : un avis qui n’est pas enregistré dans la conversation ni gardé pour les utilisateurs hors ligne ; plusieurs clients ne l’affichent que brièvement, voire pas du tout.</translation>
    </message>
    <message>
        <source>Write the message first, then send the preview.</source>
        <translation>Écrivez d’abord le message, puis envoyez l’aperçu.</translation>
    </message>
    <message>
        <source>The preview to %1 was not sent: %2</source>
        <translation>L’aperçu à %1 n’a pas été envoyé : %2</translation>
    </message>
    <message>
        <source>Preview queued for %1: you are not online with that account; it arrives when you sign in.</source>
        <translation>Aperçu en attente pour %1 : vous n’êtes pas en ligne avec ce compte ; il arrivera à votre connexion.</translation>
    </message>
    <message>
        <source>Preview sent to %1: look at it in your own client.</source>
        <translation>Aperçu envoyé à %1 : regardez-le dans votre propre client.</translation>
    </message>
</context>
<context>
    <name>ModulesModel</name>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>This module serves the admin API the console uses: unloading it cuts the console off.</source>
        <translation>Ce module sert l’API d’administration qu’utilise la console : le décharger coupe la console du serveur.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enter a module name, for example “uptime”.</source>
        <translation>Saisissez un nom de module, par exemple « uptime ».</translation>
    </message>
    <message>
        <source>A module name cannot contain spaces.</source>
        <translation>Un nom de module ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>A module name cannot contain “/” or “\”: enter the name only, for example “uptime”.</source>
        <translation>Un nom de module ne peut contenir ni « / » ni « \ » : saisissez seulement le nom, par exemple « uptime ».</translation>
    </message>
    <message>
        <source>A module name cannot contain “..”.</source>
        <translation>Un nom de module ne peut pas contenir « .. ».</translation>
    </message>
    <message>
        <source>A module name cannot contain “%”.</source>
        <translation>Un nom de module ne peut pas contenir « % ».</translation>
    </message>
    <message>
        <source>A module name cannot contain “%1”: use letters, digits, “_”, “-” and “.”.</source>
        <translation>Un nom de module ne peut pas contenir « %1 » : utilisez des lettres, des chiffres, « _ », « - » et « . ».</translation>
    </message>
    <message>
        <source>Prosody names this module “%1”.</source>
        <translation>Prosody nomme ce module « %1 ».</translation>
    </message>
</context>
<context>
    <name>ModulesPane</name>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Module name, e.g. uptime</source>
        <translation>Nom du module, p. ex. uptime</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>Nom du module</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check whether the module is loaded</source>
        <translation>Vérifier si le module est chargé</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Load or reload the named module</source>
        <translation>Charger ou recharger le module nommé</translation>
    </message>
    <message>
        <source>Filter modules…</source>
        <translation>Filtrer les modules…</translation>
    </message>
    <message>
        <source>Filter modules</source>
        <translation>Filtrer les modules</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Load / &amp;reload selected</source>
        <translation>Charger / &amp;recharger la sélection</translation>
    </message>
    <message>
        <source>Load or reload the selected modules</source>
        <translation>Charger ou recharger les modules sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Unload selected</source>
        <translation>&amp;Décharger la sélection</translation>
    </message>
    <message>
        <source>Unload the selected modules</source>
        <translation>Décharger les modules sélectionnés</translation>
    </message>
    <message>
        <source>Modules are loaded and unloaded on the host the console is connected to, until the server restarts or its configuration is reloaded. Modules that are not loaded appear here once checked or unloaded.</source>
        <translation>Les modules sont chargés et déchargés sur l’hôte auquel la console est connectée, jusqu’au redémarrage du serveur ou au rechargement de sa configuration. Les modules non chargés apparaissent ici une fois vérifiés ou déchargés.</translation>
    </message>
    <message>
        <source>Could not list the modules.</source>
        <translation>Impossible de lister les modules.</translation>
    </message>
    <message>
        <source>Could not check the module %1.</source>
        <translation>Impossible de vérifier le module %1.</translation>
    </message>
    <message>
        <source>%1 is loaded.</source>
        <translation>%1 est chargé.</translation>
    </message>
    <message>
        <source>%1 is not loaded.</source>
        <translation>%1 n’est pas chargé.</translation>
    </message>
    <message>
        <source>The selected modules are not loaded.</source>
        <translation>Les modules sélectionnés ne sont pas chargés.</translation>
    </message>
    <message numerus="yes">
        <source>Unload %n module(s) from %1?</source>
        <translation>
            <numerusform>Décharger %n module de %1 ?</numerusform>
            <numerusform>Décharger %n modules de %1 ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unload %n module(s)</source>
        <translation>
            <numerusform>Décharger %n module</numerusform>
            <numerusform>Décharger %n modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Unload modules</source>
        <translation>Décharger des modules</translation>
    </message>
    <message>
        <source>Unload admin_rest and lose access</source>
        <translation>Décharger admin_rest et perdre l’accès</translation>
    </message>
    <message>
        <source>admin_rest serves the API this console uses. Once it is unloaded, this console — and every other client of the API — is cut off from the server until someone loads the module again on the server itself, for example with prosodyctl shell: module:load(&quot;admin_rest&quot;, &quot;%1&quot;).</source>
        <translation>admin_rest sert l’API qu’utilise cette console. Une fois déchargé, cette console — et tout autre client de l’API — est coupée du serveur jusqu’à ce que quelqu’un recharge le module sur le serveur lui-même, par exemple avec prosodyctl shell : module:load(&quot;admin_rest&quot;, &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Unload and lose access</source>
        <translation>Décharger et perdre l’accès</translation>
    </message>
    <message>
        <source>admin_rest is unloaded: this console can no longer reach the server&apos;s API until the module is loaded again on the server.</source>
        <translation>admin_rest est déchargé : cette console ne peut plus atteindre l’API du serveur tant que le module n’est pas rechargé sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Could not unload %n module(s): %1.</source>
        <translation>
            <numerusform>Impossible de décharger %n module : %1.</numerusform>
            <numerusform>Impossible de décharger %n modules : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not load %n module(s): %1.</source>
        <translation>
            <numerusform>Impossible de charger %n module : %1.</numerusform>
            <numerusform>Impossible de charger %n modules : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the request, but the module&apos;s state did not change: see the server&apos;s log.</source>
        <translation>Le serveur a accepté la requête, mais l’état du module n’a pas changé : voir le journal du serveur.</translation>
    </message>
    <message>
        <source>Unloaded: %1.</source>
        <translation>Déchargé : %1.</translation>
    </message>
    <message>
        <source>Loaded: %1.</source>
        <translation>Chargé : %1.</translation>
    </message>
    <message>
        <source>Reloaded: %1.</source>
        <translation>Rechargé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded</source>
        <translation>
            <numerusform>%n module chargé</numerusform>
            <numerusform>%n modules chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not loaded</source>
        <translation>
            <numerusform>%n non chargé</numerusform>
            <numerusform>%n non chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>En attente de la fin de la dernière modification par le serveur.</translation>
    </message>
    <message>
        <source>Load the module, or reload it if it is loaded</source>
        <translation>Charger le module, ou le recharger s’il est chargé</translation>
    </message>
    <message>
        <source>Load the selected modules, or reload those already loaded</source>
        <translation>Charger les modules sélectionnés, ou recharger ceux déjà chargés</translation>
    </message>
    <message>
        <source>Unload the selected loaded modules</source>
        <translation>Décharger les modules chargés sélectionnés</translation>
    </message>
</context>
<context>
    <name>MulticastMessage</name>
    <message numerus="yes">
        <source>Multicast to %n recipient(s)</source>
        <translation>
            <numerusform>Multidiffusion à %n destinataire</numerusform>
            <numerusform>Multidiffusion à %n destinataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Fill in a strong random password and show it once, so you can copy it</source>
        <translation>Remplir avec un mot de passe aléatoire robuste et l’afficher une fois, pour que vous puissiez le copier</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Générer un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Généré :</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Mot de passe généré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard</source>
        <translation>Copier le mot de passe généré dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the generated password</source>
        <translation>Copier le mot de passe généré</translation>
    </message>
    <message>
        <source>Copy this password now and pass it on safely: it is not shown again.</source>
        <translation>Copiez ce mot de passe maintenant et transmettez-le de façon sûre : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Copied. Pass it on safely: it is not shown again.</source>
        <translation>Copié. Transmettez-le de façon sûre : il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Enter a password, or press Generate.</source>
        <translation>Saisissez un mot de passe, ou cliquez sur Générer.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Les deux mots de passe diffèrent : saisissez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>The password begins or ends with a space, which is easy to miss when logging in. Submit again to keep it as typed.</source>
        <translation>Le mot de passe commence ou finit par une espace, facile à oublier à la connexion. Validez de nouveau pour le garder tel quel.</translation>
    </message>
    <message>
        <source>Note: the password begins or ends with a space.</source>
        <translation>Remarque : le mot de passe commence ou finit par une espace.</translation>
    </message>
</context>
<context>
    <name>PathSegment</name>
    <message>
        <source>a name is empty</source>
        <translation>un nom est vide</translation>
    </message>
    <message>
        <source>“%1” contains “/”, which the server cannot accept in a name</source>
        <translation>« %1 » contient « / », que le serveur ne peut pas accepter dans un nom</translation>
    </message>
    <message>
        <source>“%1” is not a valid name</source>
        <translation>« %1 » n’est pas un nom valide</translation>
    </message>
</context>
<context>
    <name>PendingDeletionsModel</name>
    <message>
        <source>any moment now</source>
        <translation>d’un instant à l’autre</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restorable until</source>
        <translation>Restaurable jusqu’au</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The console shows the new language when it is started next time.</source>
        <translation>La console affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ProfileCertificateDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>Certificate presented by the server</source>
        <translation>Certificat présenté par le serveur</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms :</translation>
    </message>
    <message>
        <source>Names the certificate is valid for</source>
        <translation>Noms pour lesquels le certificat est valide</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s operator gives you (for Prosody: prosodyctl cert check, or openssl x509 -noout -fingerprint -sha256 -in the certificate) before you pin it. A pinned profile accepts this certificate only and refuses any other.</source>
        <translation>Comparez l’empreinte avec celle que vous donne l’exploitant du serveur (pour Prosody : prosodyctl cert check, ou openssl x509 -noout -fingerprint -sha256 -in sur le certificat) avant de l’épingler. Un profil épinglé n’accepte que ce certificat et refuse tout autre.</translation>
    </message>
    <message>
        <source>Certificate Does Not Match the Pin</source>
        <translation>Le certificat ne correspond pas à l’épingle</translation>
    </message>
    <message>
        <source>%1 presented a different certificate from the one pinned in this profile. The server&apos;s certificate may have been replaced — or someone may be intercepting the connection. Pin the new certificate only if the server&apos;s operator confirms its fingerprint.</source>
        <translation>%1 a présenté un certificat différent de celui épinglé dans ce profil. Le certificat du serveur a peut-être été remplacé — ou quelqu’un intercepte peut-être la connexion. N’épinglez le nouveau certificat que si l’exploitant du serveur confirme son empreinte.</translation>
    </message>
    <message>
        <source>%1 presented a certificate this computer does not trust, so nothing was sent to it.</source>
        <translation>%1 a présenté un certificat auquel cet ordinateur ne fait pas confiance : rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (autosigné)</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1 (pas encore valide)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>&amp;Pin the New Certificate</source>
        <translation>&amp;Épingler le nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Pin This Certificate</source>
        <translation>&amp;Épingler ce certificat</translation>
    </message>
    <message>
        <source>Pin this certificate to the profile</source>
        <translation>Épingler ce certificat au profil</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>&amp;Server Profiles…</source>
        <translation>Profils de &amp;serveur…</translation>
    </message>
    <message>
        <source>Add, edit, import and export server profiles</source>
        <translation>Ajouter, modifier, importer et exporter des profils de serveur</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Check address, password, admin rights and capabilities of the current profile</source>
        <translation>Vérifier l’adresse, le mot de passe, les droits d’administration et les capacités du profil actuel</translation>
    </message>
    <message>
        <source>&amp;Fleet Overview…</source>
        <translation>Vue d’ensemble de la &amp;flotte…</translation>
    </message>
    <message>
        <source>Every profile&apos;s server at a glance</source>
        <translation>Les serveurs de tous les profils d’un coup d’œil</translation>
    </message>
    <message>
        <source>Starting the sandbox server…</source>
        <translation>Démarrage du serveur bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox server could not start: %1</source>
        <translation>Le serveur bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>No password for this profile is saved in the system keychain yet.</source>
        <translation>Aucun mot de passe n’est encore enregistré pour ce profil dans le trousseau système.</translation>
    </message>
    <message>
        <source>Not connected to %1: no password was given.</source>
        <translation>Non connecté à %1 : aucun mot de passe n’a été donné.</translation>
    </message>
    <message>
        <source>Sandbox (%1)</source>
        <translation>Bac à sable (%1)</translation>
    </message>
    <message>
        <source>The current profile was deleted. Choose another one.</source>
        <translation>Le profil actuel a été supprimé. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose a server profile first.</source>
        <translation>Choisissez d’abord un profil de serveur.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server Profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <source>Address of admin_rest</source>
        <translation>Adresse d’admin_rest</translation>
    </message>
    <message>
        <source>https://xmpp.example.org:5281/admin_rest</source>
        <translation>https://xmpp.example.org:5281/admin_rest</translation>
    </message>
    <message>
        <source>Admin &amp;JID:</source>
        <translation>&amp;JID administrateur :</translation>
    </message>
    <message>
        <source>Admin JID</source>
        <translation>JID administrateur</translation>
    </message>
    <message>
        <source>admin@example.org</source>
        <translation>admin@example.org</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Mot de passe administrateur</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai des requêtes :</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai des requêtes en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation>Actualisation &amp;automatique :</translation>
    </message>
    <message>
        <source>Auto-refresh interval in seconds</source>
        <translation>Intervalle d’actualisation automatique en secondes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Read-&amp;only: disable every change on this server</source>
        <translation>&amp;Lecture seule : interdire toute modification sur ce serveur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>none (e.g. Customers/Acme)</source>
        <translation>aucun (p. ex. Clients/Acme)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marquage :</translation>
    </message>
    <message>
        <source>none (e.g. production)</source>
        <translation>aucun (p. ex. production)</translation>
    </message>
    <message>
        <source>Shown in the window title and across the top of the window while connected</source>
        <translation>Affiché dans le titre de la fenêtre et en haut de la fenêtre pendant la connexion</translation>
    </message>
    <message>
        <source>Marking label</source>
        <translation>Texte du marquage</translation>
    </message>
    <message>
        <source>Marking colour</source>
        <translation>Couleur du marquage</translation>
    </message>
    <message>
        <source>Certificate (https)</source>
        <translation>Certificat (https)</translation>
    </message>
    <message>
        <source>Pinned &amp;certificate:</source>
        <translation>&amp;Certificat épinglé :</translation>
    </message>
    <message>
        <source>Pinned certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat épinglé</translation>
    </message>
    <message>
        <source>none (SHA-256 fingerprint, AB:CD:…)</source>
        <translation>aucun (empreinte SHA-256, AB:CD:…)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Eff&amp;acer</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>Retirer le certificat épinglé</translation>
    </message>
    <message>
        <source>Trusted CA &amp;file:</source>
        <translation>&amp;Fichier d’AC de confiance :</translation>
    </message>
    <message>
        <source>File of trusted CA certificates</source>
        <translation>Fichier de certificats d’AC de confiance</translation>
    </message>
    <message>
        <source>optional PEM file</source>
        <translation>fichier PEM facultatif</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the CA file</source>
        <translation>Choisir le fichier d’AC</translation>
    </message>
    <message>
        <source>Allow plain HTTP to another computer (unsafe)</source>
        <translation>Autoriser le HTTP simple vers un autre ordinateur (non sûr)</translation>
    </message>
    <message>
        <source>Basic authentication over plain HTTP sends the admin password readable by anyone on the network. Use https instead whenever possible.</source>
        <translation>L’authentification Basic en HTTP simple envoie le mot de passe administrateur lisible par n’importe qui sur le réseau. Utilisez https chaque fois que possible.</translation>
    </message>
    <message>
        <source>New Server Profile</source>
        <translation>Nouveau profil de serveur</translation>
    </message>
    <message>
        <source>Server Profile — %1</source>
        <translation>Profil de serveur — %1</translation>
    </message>
    <message>
        <source>&amp;Test Connection…</source>
        <translation>&amp;Tester la connexion…</translation>
    </message>
    <message>
        <source>Test the connection with these settings</source>
        <translation>Tester la connexion avec ces réglages</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>asked when connecting</source>
        <translation>demandé à la connexion</translation>
    </message>
    <message>
        <source>Leave the password empty to keep the one you entered before.</source>
        <translation>Laissez le mot de passe vide pour garder celui saisi auparavant.</translation>
    </message>
    <message>
        <source>asked when connecting if left empty</source>
        <translation>demandé à la connexion s’il est laissé vide</translation>
    </message>
    <message>
        <source>Plain HTTP to another computer would send the password unencrypted. Use https, or tick the unsafe option below if this network is trusted.</source>
        <translation>Le HTTP simple vers un autre ordinateur enverrait le mot de passe en clair. Utilisez https, ou cochez l’option non sûre ci-dessous si ce réseau est de confiance.</translation>
    </message>
    <message>
        <source>The profile was saved.</source>
        <translation>Le profil a été enregistré.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Trusted CA Certificates</source>
        <translation>Certificats d’AC de confiance</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsafe: the password will travel unencrypted to %1.</source>
        <translation>Non sûr : le mot de passe voyagera en clair vers %1.</translation>
    </message>
    <message>
        <source>Plain HTTP to another computer is refused unless you tick the unsafe option below. Prefer https.</source>
        <translation>Le HTTP simple vers un autre ordinateur est refusé, sauf si vous cochez l’option non sûre ci-dessous. Préférez https.</translation>
    </message>
    <message>
        <source>Warn of &amp;certificates expiring within:</source>
        <translation>Avertir des &amp;certificats expirant dans moins de :</translation>
    </message>
    <message>
        <source>Certificate warning in days</source>
        <translation>Avertissement de certificat, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>ProfileFleetModel</name>
    <message>
        <source>user list</source>
        <translation>liste des utilisateurs</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>multicast</source>
        <translation>multicast</translation>
    </message>
    <message>
        <source>vCards</source>
        <translation>vCards</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>rechargement</translation>
    </message>
    <message>
        <source>server info</source>
        <translation>infos serveur</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>Not available on this server: %1</source>
        <translation>Indisponible sur ce serveur : %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
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
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Connected users</source>
        <translation>Utilisateurs connectés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Prosody %1</source>
        <translation>Prosody %1</translation>
    </message>
    <message numerus="yes">
        <source>Answered in %n ms</source>
        <translation>
            <numerusform>Réponse en %n ms</numerusform>
            <numerusform>Réponse en %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered as %2.</source>
        <translation>%1 a répondu en tant que %2.</translation>
    </message>
    <message>
        <source>No password known</source>
        <translation>Aucun mot de passe connu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>ProfileListDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected profile</source>
        <translation>Modifier le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Dupliquer le profil sélectionné</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import profiles from a file</source>
        <translation>Importer des profils depuis un fichier</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the profiles to a file</source>
        <translation>Exporter les profils vers un fichier</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect to the selected profile</source>
        <translation>Se connecter avec le profil sélectionné</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 en tant que %2</translation>
    </message>
    <message>
        <source>No profiles yet. The built-in sandbox is always available; add a profile for each of your servers.</source>
        <translation>Aucun profil pour l’instant. Le bac à sable intégré est toujours disponible ; ajoutez un profil pour chacun de vos serveurs.</translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation>certificat épinglé</translation>
    </message>
    <message>
        <source>CA file %1</source>
        <translation>fichier d’AC %1</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>password asked for each session</source>
        <translation>mot de passe demandé à chaque session</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>marked “%1”</source>
        <translation>marqué « %1 »</translation>
    </message>
    <message>
        <source>UNSAFE: plain HTTP to another computer</source>
        <translation>NON SÛR : HTTP simple vers un autre ordinateur</translation>
    </message>
    <message>
        <source>“%1” was created. Its password is not copied: you will be asked for it when connecting.</source>
        <translation>« %1 » a été créé. Son mot de passe n’est pas copié : il vous sera demandé à la connexion.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its saved password is removed from the system keychain too. The server itself is not changed.</source>
        <translation>Supprimer le profil « %1 » ? Son mot de passe enregistré est aussi retiré du trousseau système. Le serveur lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>Profiles (*.json);;All files (*)</source>
        <translation>Profils (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s). Passwords are never part of the file: you will be asked for them when connecting.</source>
        <translation>
            <numerusform>%n profil importé. Les mots de passe ne font jamais partie du fichier : ils vous seront demandés à la connexion.</numerusform>
            <numerusform>%n profils importés. Les mots de passe ne font jamais partie du fichier : ils vous seront demandés à la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1, without passwords.</source>
        <translation>
            <numerusform>%n profil exporté vers %1, sans mot de passe.</numerusform>
            <numerusform>%n profils exportés vers %1, sans mots de passe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Mot de passe administrateur</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>Enter the password of %1 on %2 (profile “%3”).</source>
        <translation>Saisissez le mot de passe de %1 sur %2 (profil « %3 »).</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept for this session only.</source>
        <translation>Aucun trousseau système disponible : le mot de passe est gardé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Enter the password, or cancel.</source>
        <translation>Saisissez le mot de passe, ou annulez.</translation>
    </message>
</context>
<context>
    <name>ProfileProbe</name>
    <message>
        <source>Reach the server</source>
        <translation>Joindre le serveur</translation>
    </message>
    <message>
        <source>Find admin_rest</source>
        <translation>Trouver admin_rest</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>Droits d’administration</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>“%1” is the built-in sandbox&apos;s name. Choose another name.</source>
        <translation>« %1 » est le nom du bac à sable intégré. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”. Choose another name.</source>
        <translation>Un autre profil s’appelle déjà « %1 ». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The built-in sandbox profile cannot be stored.</source>
        <translation>Le profil du bac à sable intégré ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>The profile to duplicate no longer exists.</source>
        <translation>Le profil à dupliquer n’existe plus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Imported profile</source>
        <translation>Profil importé</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: the file or its folder is not writable.</source>
        <translation>Les profils n’ont pas pu être enregistrés dans %1 : le fichier ou son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The profiles file %1 is damaged; it was not changed.</source>
        <translation>Le fichier de profils %1 est endommagé ; il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>The server profile this window works on</source>
        <translation>Le profil de serveur sur lequel travaille cette fenêtre</translation>
    </message>
    <message>
        <source>The built-in sandbox: a throwaway Prosody on this computer, started on demand</source>
        <translation>Le bac à sable intégré : un Prosody jetable sur cet ordinateur, démarré à la demande</translation>
    </message>
</context>
<context>
    <name>RecipientParser</name>
    <message>
        <source>“%1”: connect to a server first, or enter a full JID.</source>
        <translation>« %1 » : connectez-vous d’abord à un serveur, ou saisissez un JID complet.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Delivered to online sessions</source>
        <translation>Remis aux sessions en ligne</translation>
    </message>
    <message>
        <source>Queued for offline delivery</source>
        <translation>En attente de remise hors ligne</translation>
    </message>
    <message>
        <source>Delivered or queued</source>
        <translation>Remis ou en attente</translation>
    </message>
    <message>
        <source>Dropped: the server keeps no offline messages</source>
        <translation>Abandonné : le serveur ne garde pas les messages hors ligne</translation>
    </message>
    <message>
        <source>Not sent: no such user</source>
        <translation>Non envoyé : utilisateur inexistant</translation>
    </message>
    <message>
        <source>Unknown: may have arrived</source>
        <translation>Inconnu : est peut-être arrivé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>No such user</source>
        <translation>Utilisateur inexistant</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>This user does not exist on the server: the message will not be sent to it.</source>
        <translation>Cet utilisateur n’existe pas sur le serveur : le message ne lui sera pas envoyé.</translation>
    </message>
    <message>
        <source>The server&apos;s multicast counts cannot be matched to recipients: this user may or may not have received the message. Retry is not offered, to avoid sending it twice.</source>
        <translation>Les comptes multicast du serveur ne peuvent pas être rapportés aux destinataires : cet utilisateur a peut-être reçu le message, peut-être pas. Aucune nouvelle tentative n’est proposée, pour éviter de l’envoyer deux fois.</translation>
    </message>
    <message>
        <source>Derived from the server&apos;s multicast counts and the users online just before sending.</source>
        <translation>Déduit des comptes multicast du serveur et des utilisateurs connectés juste avant l’envoi.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>RoomPeopleModel</name>
    <message>
        <source>(not in the room)</source>
        <translation>(pas dans le salon)</translation>
    </message>
    <message>
        <source>Nick</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <source>Real address</source>
        <translation>Adresse réelle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
</context>
<context>
    <name>RoomsModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistant</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>aucun connu</translation>
    </message>
    <message>
        <source>From the room&apos;s %1</source>
        <translation>Source dans le salon : %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listé</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Réservé aux membres</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
</context>
<context>
    <name>RoomsPane</name>
    <message>
        <source>Filter rooms by address or name…</source>
        <translation>Filtrer les salons par adresse ou nom…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Tous les salons</translation>
    </message>
    <message>
        <source>Empty now</source>
        <translation>Vides maintenant</translation>
    </message>
    <message>
        <source>Empty and idle for</source>
        <translation>Vides et inactifs depuis</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>Jours d’inactivité</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Create room…</source>
        <translation>Créer un salon…</translation>
    </message>
    <message>
        <source>Destroy…</source>
        <translation>Détruire…</translation>
    </message>
    <message>
        <source>Cleanup…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Propose the rooms that are empty and idle for a number of days, and destroy those</source>
        <translation>Proposer les salons vides et inactifs depuis un certain nombre de jours, et les détruire</translation>
    </message>
    <message>
        <source>Occupants and affiliations</source>
        <translation>Occupants et affiliations</translation>
    </message>
    <message>
        <source>user@example.org</source>
        <translation>user@example.org</translation>
    </message>
    <message>
        <source>Address to affiliate</source>
        <translation>Adresse à affilier</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Set affiliation</source>
        <translation>Définir l’affiliation</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>outcast (banned)</source>
        <translation>exclu (banni)</translation>
    </message>
    <message>
        <source>none (remove)</source>
        <translation>aucune (retirer)</translation>
    </message>
    <message>
        <source>Rooms are unavailable: this server&apos;s admin_rest module has no rooms extension (it is the published module, or the server hosts no MUC component).</source>
        <translation>Les salons sont indisponibles : le module admin_rest de ce serveur n’a pas d’extension pour les salons (c’est le module publié, ou le serveur n’héberge aucun composant MUC).</translation>
    </message>
    <message>
        <source>Rooms are unavailable: %1</source>
        <translation>Les salons sont indisponibles : %1</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n rooms…</source>
        <translation>
            <numerusform>Détruire %n salon…</numerusform>
            <numerusform>Détruire %n salons…</numerusform>
        </translation>
    </message>
    <message>
        <source>No rooms</source>
        <translation>Aucun salon</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salon</numerusform>
            <numerusform>%n salons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n room(s) shown</source>
        <translation>
            <numerusform>%1 salon sur %n affiché</numerusform>
            <numerusform>%1 salons sur %n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the rooms.</source>
        <translation>Impossible de lister les salons.</translation>
    </message>
    <message>
        <source>Select one room to see who is in it and who is affiliated with it.</source>
        <translation>Sélectionnez un salon pour voir qui s’y trouve et qui y est affilié.</translation>
    </message>
    <message>
        <source>Occupants and affiliations of %1</source>
        <translation>Occupants et affiliations de %1</translation>
    </message>
    <message>
        <source>Could not read the room %1.</source>
        <translation>Impossible de lire le salon %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n occupant(s) now</source>
        <translation>
            <numerusform>%n occupant actuellement</numerusform>
            <numerusform>%n occupants actuellement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affiliation(s)</source>
        <translation>
            <numerusform>%n affiliation</numerusform>
            <numerusform>%n affiliations</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create the room %1.</source>
        <translation>Impossible de créer le salon %1.</translation>
    </message>
    <message>
        <source>Room %1 created.</source>
        <translation>Salon %1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) destroyed.</source>
        <translation>
            <numerusform>%n salon détruit.</numerusform>
            <numerusform>%n salons détruits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not destroy %n room(s): %1.</source>
        <translation>
            <numerusform>Impossible de détruire %n salon : %1.</numerusform>
            <numerusform>Impossible de détruire %n salons : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the affiliation of %1 in %2.</source>
        <translation>Impossible de modifier l’affiliation de %1 dans %2.</translation>
    </message>
    <message>
        <source>Affiliation of %1 in %2 set to %3.</source>
        <translation>Affiliation de %1 dans %2 définie sur %3.</translation>
    </message>
    <message>
        <source>Loading rooms: %1 of %2…</source>
        <translation>Chargement des salons : %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Each sees the other&apos;s presence.</source>
        <translation>Chacun voit la présence de l’autre.</translation>
    </message>
    <message>
        <source>The user sees the contact&apos;s presence, not the other way round.</source>
        <translation>L’utilisateur voit la présence du contact, mais pas l’inverse.</translation>
    </message>
    <message>
        <source>The contact sees the user&apos;s presence, not the other way round.</source>
        <translation>Le contact voit la présence de l’utilisateur, mais pas l’inverse.</translation>
    </message>
    <message>
        <source>Neither sees the other&apos;s presence.</source>
        <translation>Aucun ne voit la présence de l’autre.</translation>
    </message>
    <message>
        <source>A subscription request is waiting for the contact&apos;s answer.</source>
        <translation>Une demande d’abonnement attend la réponse du contact.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>RostersPane</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User name or JID, e.g. alice</source>
        <translation>Nom d’utilisateur ou JID, p. ex. alice</translation>
    </message>
    <message>
        <source>User whose roster to show</source>
        <translation>Utilisateur dont afficher la liste de contacts</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the roster</source>
        <translation>Afficher la liste de contacts</translation>
    </message>
    <message>
        <source>Filter contacts…</source>
        <translation>Filtrer les contacts…</translation>
    </message>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste de contacts</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact JID, e.g. bob or bob@example.org</source>
        <translation>JID du contact, p. ex. bob ou bob@example.org</translation>
    </message>
    <message>
        <source>Contact to add</source>
        <translation>Contact à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter le contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected contacts</source>
        <translation>Retirer les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Adding or removing a contact changes both rosters: the contact gets this user in return, with a mutual subscription.</source>
        <translation>Ajouter ou retirer un contact modifie les deux listes de contacts : le contact reçoit cet utilisateur en retour, avec un abonnement mutuel.</translation>
    </message>
    <message>
        <source>Could not list the users for completion.</source>
        <translation>Impossible de lister les utilisateurs pour la complétion.</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Listes de contacts</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest manages only the users of %1: enter a user of that host.</source>
        <translation>L’admin_rest de ce serveur ne gère que les utilisateurs de %1 : saisissez un utilisateur de cet hôte.</translation>
    </message>
    <message>
        <source>Could not read the roster of %1.</source>
        <translation>Impossible de lire la liste de contacts de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the roster of %1</source>
        <translation>
            <numerusform>%n contact dans la liste de %1</numerusform>
            <numerusform>%n contacts dans la liste de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Contacts de %1</translation>
    </message>
    <message>
        <source>Show a user&apos;s roster first: enter a user above and choose Show.</source>
        <translation>Affichez d’abord la liste de contacts d’un utilisateur : saisissez un utilisateur ci-dessus et choisissez Afficher.</translation>
    </message>
    <message>
        <source>%1 cannot be added to their own roster: enter another contact.</source>
        <translation>%1 ne peut pas être ajouté à sa propre liste de contacts : saisissez un autre contact.</translation>
    </message>
    <message>
        <source>%1 and %2 will be added to each other&apos;s rosters, with a mutual subscription: both rosters change.</source>
        <translation>%1 et %2 seront ajoutés chacun à la liste de contacts de l’autre, avec un abonnement mutuel : les deux listes changent.</translation>
    </message>
    <message>
        <source>%1 is already in the roster; its subscription is set to mutual again.</source>
        <translation>%1 est déjà dans la liste de contacts ; son abonnement redevient mutuel.</translation>
    </message>
    <message>
        <source>%1 is not a registered user of this server. The server does not check that a contact exists.</source>
        <translation>%1 n’est pas un utilisateur inscrit de ce serveur. Le serveur ne vérifie pas qu’un contact existe.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Add to both rosters</source>
        <translation>Ajouter aux deux listes de contacts</translation>
    </message>
    <message>
        <source>Could not add %1 to the roster of %2.</source>
        <translation>Impossible d’ajouter %1 à la liste de contacts de %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are now in each other&apos;s rosters.</source>
        <translation>%1 et %2 sont maintenant chacun dans la liste de contacts de l’autre.</translation>
    </message>
    <message>
        <source>%1 will be removed from the roster of %2, and %2 from the roster of %1: both rosters change.</source>
        <translation>%1 sera retiré de la liste de contacts de %2, et %2 de celle de %1 : les deux listes changent.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be removed from the roster of %1, and %1 from each of theirs: both rosters change.</source>
        <translation>
            <numerusform>%n contact sera retiré de la liste de contacts de %1, et %1 de la sienne : les deux listes changent.</numerusform>
            <numerusform>%n contacts seront retirés de la liste de contacts de %1, et %1 de chacune des leurs : les deux listes changent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n contact(s) from both rosters</source>
        <translation>
            <numerusform>Retirer %n contact des deux listes</numerusform>
            <numerusform>Retirer %n contacts des deux listes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove contacts</source>
        <translation>Retirer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) removed; both rosters changed.</source>
        <translation>
            <numerusform>%n contact retiré ; les deux listes ont changé.</numerusform>
            <numerusform>%n contacts retirés ; les deux listes ont changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Show a user&apos;s roster first.</source>
        <translation>Affichez d’abord la liste de contacts d’un utilisateur.</translation>
    </message>
    <message>
        <source>Add the contact to this roster, and this user to the contact&apos;s</source>
        <translation>Ajouter le contact à cette liste, et cet utilisateur à celle du contact</translation>
    </message>
    <message>
        <source>Select the contacts to remove first.</source>
        <translation>Sélectionnez d’abord les contacts à retirer.</translation>
    </message>
    <message>
        <source>Remove the selected contacts from this roster, and this user from theirs</source>
        <translation>Retirer les contacts sélectionnés de cette liste, et cet utilisateur des leurs</translation>
    </message>
    <message>
        <source>This server removes a contact from one roster only: the contact would keep %1 as an entry with subscription “none”. The console removes that entry too, with a second request per contact.</source>
        <translation>Ce serveur ne retire un contact que d’une seule liste : le contact garderait %1 comme entrée avec l’abonnement « none ». La console retire aussi cette entrée, avec une seconde requête par contact.</translation>
    </message>
    <message>
        <source>%1 was removed from the roster of %2, but %2 is still in the roster of %1 (subscription “none”)</source>
        <translation>%1 a été retiré de la liste de contacts de %2, mais %2 est encore dans la liste de contacts de %1 (abonnement « none »)</translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n contact(s) from both rosters: %1.</source>
        <translation>
            <numerusform>Impossible de retirer %n contact des deux listes : %1.</numerusform>
            <numerusform>Impossible de retirer %n contacts des deux listes : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>S2sModel</name>
    <message>
        <source>Certificate chain: %1</source>
        <translation>Chaîne de certificats : %1</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortante</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>not authenticated</source>
        <translation>non authentifiée</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>certificat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Remote domain</source>
        <translation>Domaine distant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sécurisée</translation>
    </message>
    <message>
        <source>Authenticated by</source>
        <translation>Authentifiée par</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Local host</source>
        <translation>Hôte local</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>un serveur inconnu</translation>
    </message>
    <message>
        <source>%1 (incoming, to %2)</source>
        <translation>%1 (entrante, vers %2)</translation>
    </message>
    <message>
        <source>%1 (outgoing, from %2)</source>
        <translation>%1 (sortante, depuis %2)</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox server files (server/sandbox.py) were not found.</source>
        <translation>Les fichiers du serveur bac à sable (server/sandbox.py) sont introuvables.</translation>
    </message>
    <message>
        <source>Could not start /usr/bin/python3 for the sandbox: %1</source>
        <translation>Impossible de lancer /usr/bin/python3 pour le bac à sable : %1</translation>
    </message>
    <message>
        <source>The sandbox answered something unexpected: %1</source>
        <translation>Le bac à sable a répondu quelque chose d’inattendu : %1</translation>
    </message>
    <message>
        <source>The sandbox stopped before it was ready (exit code %1, %2).
%3</source>
        <translation>Le bac à sable s’est arrêté avant d’être prêt (code de sortie %1, %2).
%3</translation>
    </message>
    <message>
        <source>normal exit</source>
        <translation>sortie normale</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>plantage</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sécurisé</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Identifiant de session</translation>
    </message>
</context>
<context>
    <name>SessionsPane</name>
    <message>
        <source>Filter by user, resource, address or id…</source>
        <translation>Filtrer par utilisateur, ressource, adresse ou identifiant…</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>Connected users and sessions</source>
        <translation>Utilisateurs et sessions connectés</translation>
    </message>
    <message>
        <source>Connected sessions</source>
        <translation>Sessions connectées</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Could not count the connected users.</source>
        <translation>Impossible de compter les utilisateurs connectés.</translation>
    </message>
    <message>
        <source>Could not list the connected sessions.</source>
        <translation>Impossible de lister les sessions connectées.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the details of %n user(s)…</source>
        <translation>
            <numerusform>Lecture des détails de %n utilisateur…</numerusform>
            <numerusform>Lecture des détails de %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the sessions of %1.</source>
        <translation>Impossible de lire les sessions de %1.</translation>
    </message>
    <message numerus="yes">
        <source>The details of %n user(s) could not be read.</source>
        <translation>
            <numerusform>Les détails de %n utilisateur n’ont pas pu être lus.</numerusform>
            <numerusform>Les détails de %n utilisateurs n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s)</source>
        <translation>
            <numerusform>%n utilisateur connecté</numerusform>
            <numerusform>%n utilisateurs connectés</numerusform>
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
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Déconnecter…</translation>
    </message>
    <message>
        <source>Disconnect the selected sessions</source>
        <translation>Déconnecter les sessions sélectionnées</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This server cannot close sessions: that needs this project&apos;s admin_rest module (kick extension).</source>
        <translation>Ce serveur ne peut pas fermer de sessions : il faut le module admin_rest de ce projet (extension kick).</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Select the sessions to disconnect.</source>
        <translation>Sélectionnez les sessions à déconnecter.</translation>
    </message>
    <message numerus="yes">
        <source>Disconnect the %n selected session(s) (Del)</source>
        <translation>
            <numerusform>Déconnecter la session sélectionnée (%n) (Suppr)</numerusform>
            <numerusform>Déconnecter les %n sessions sélectionnées (Suppr)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n session(s).</source>
        <translation>
            <numerusform>%n session déconnectée.</numerusform>
            <numerusform>%n sessions déconnectées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not disconnect %1.</source>
        <translation>Impossible de déconnecter %1.</translation>
    </message>
</context>
<context>
    <name>TimeSeriesChart</name>
    <message>
        <source>No samples yet.</source>
        <translation>Pas encore de mesures.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s); latest %1, highest %2.</source>
        <translation>
            <numerusform>%n mesure ; dernière %1, maximum %2.</numerusform>
            <numerusform>%n mesures ; dernière %1, maximum %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Pas encore de mesures</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>the CA file %1 holds no readable PEM certificate</source>
        <translation>le fichier d’AC %1 ne contient aucun certificat PEM lisible</translation>
    </message>
    <message>
        <source>the server address is not an http or https URL</source>
        <translation>l’adresse du serveur n’est pas une URL http ou https</translation>
    </message>
</context>
<context>
    <name>UserBulkActions</name>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>&amp;Importer des utilisateurs depuis un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Users as CSV…</source>
        <translation>&amp;Exporter les utilisateurs en CSV…</translation>
    </message>
    <message>
        <source>This connection is read-only: users cannot be imported.</source>
        <translation>Cette connexion est en lecture seule : les utilisateurs ne peuvent pas être importés.</translation>
    </message>
    <message>
        <source>Create users from a CSV file (user,password[,role]); you see what will happen before anything is sent.</source>
        <translation>Créer des utilisateurs depuis un fichier CSV (user,password[,role]) ; vous voyez ce qui va se passer avant que quoi que ce soit ne soit envoyé.</translation>
    </message>
    <message>
        <source>Connect to a server to import users.</source>
        <translation>Connectez-vous à un serveur pour importer des utilisateurs.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n user(s) shown in the table to a CSV file.</source>
        <translation>
            <numerusform>Enregistrer l’utilisateur affiché dans le tableau (%n) dans un fichier CSV.</numerusform>
            <numerusform>Enregistrer les %n utilisateurs affichés dans le tableau dans un fichier CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no users in the table to export.</source>
        <translation>Il n’y a aucun utilisateur à exporter dans le tableau.</translation>
    </message>
    <message>
        <source>Export Users as CSV</source>
        <translation>Exporter les utilisateurs en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n user(s) to %1.</source>
        <translation>
            <numerusform>%n utilisateur exporté vers %1.</numerusform>
            <numerusform>%n utilisateurs exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserCsvExport</name>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder.</source>
        <translation>Impossible d’enregistrer %1 : %2. Choisissez un autre dossier.</translation>
    </message>
</context>
<context>
    <name>UserImportPlan</name>
    <message>
        <source>Exists already: its password will be replaced by the one in the file.</source>
        <translation>Existe déjà : son mot de passe sera remplacé par celui du fichier.</translation>
    </message>
    <message>
        <source>Exists already: skipped. Tick “Overwrite the passwords of existing users” to set its password from the file.</source>
        <translation>Existe déjà : ignoré. Cochez « Écraser les mots de passe des utilisateurs existants » pour lui donner le mot de passe du fichier.</translation>
    </message>
    <message>
        <source>The password is empty: every line needs a password.</source>
        <translation>Le mot de passe est vide : chaque ligne doit avoir un mot de passe.</translation>
    </message>
    <message>
        <source>The password consists only of spaces: enter a real password.</source>
        <translation>Le mot de passe n’est fait que d’espaces : saisissez un vrai mot de passe.</translation>
    </message>
    <message>
        <source>This server cannot set roles: leave the role empty.</source>
        <translation>Ce serveur ne peut pas attribuer de rôles : laissez le rôle vide.</translation>
    </message>
    <message>
        <source>Could not check whether this user exists (%1): nothing will be sent for it.</source>
        <translation>Impossible de vérifier si cet utilisateur existe (%1) : rien ne sera envoyé pour lui.</translation>
    </message>
    <message>
        <source>“%1” appears on lines %2: keep one line per user.</source>
        <translation>« %1 » figure aux lignes %2 : gardez une ligne par utilisateur.</translation>
    </message>
    <message>
        <source>This server has no role “%1”: use one of %2, or leave it empty.</source>
        <translation>Ce serveur n’a pas de rôle « %1 » : utilisez l’un de %2, ou laissez vide.</translation>
    </message>
    <message>
        <source>Exists already and the file gives no password: skipped.</source>
        <translation>Existe déjà et le fichier ne donne pas de mot de passe : ignoré.</translation>
    </message>
    <message>
        <source>Gets an invitation: the person chooses a password when registering.</source>
        <translation>Reçoit une invitation : la personne choisit un mot de passe à l’inscription.</translation>
    </message>
</context>
<context>
    <name>UserImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Exists: overwrite</source>
        <translation>Existe : écraser</translation>
    </message>
    <message>
        <source>Exists: skip</source>
        <translation>Existe : ignorer</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Written in the file as “%1”</source>
        <translation>Écrit dans le fichier sous la forme « %1 »</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>Sera</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>New: invite</source>
        <translation>Nouveau : inviter</translation>
    </message>
</context>
<context>
    <name>UserRoomsLabel</name>
    <message numerus="yes">
        <source>In %n room(s) now: %1</source>
        <translation>
            <numerusform>Dans %n salon actuellement : %1</numerusform>
            <numerusform>Dans %n salons actuellement : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms unknown: %1</source>
        <translation>Salons inconnus : %1</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n connected session(s)</source>
        <translation>
            <numerusform>%n session connectée</numerusform>
            <numerusform>%n sessions connectées</numerusform>
        </translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>jamais vu</translation>
    </message>
    <message>
        <source>Not seen since the server began recording activity on %1.</source>
        <translation>Pas vu depuis que le serveur a commencé à enregistrer l’activité le %1.</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Delete the selected users</source>
        <translation>Supprimer les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Change the password of the selected user</source>
        <translation>Changer le mot de passe de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Change the role of the selected users</source>
        <translation>Changer le rôle des utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>View and edit the vCard of the selected user</source>
        <translation>Voir et modifier la vCard de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>Filtrer les utilisateurs…</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Sessions of the selected user</source>
        <translation>Sessions de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>Changer le &amp;rôle…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Wait until the users being deleted are gone.</source>
        <translation>Attendez que les utilisateurs en cours de suppression aient disparu.</translation>
    </message>
    <message>
        <source>Select one or more users.</source>
        <translation>Sélectionnez un ou plusieurs utilisateurs.</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Sélectionnez un utilisateur.</translation>
    </message>
    <message>
        <source>Select only one user.</source>
        <translation>Sélectionnez un seul utilisateur.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>This server cannot change roles: its admin_rest has no role route (Prosody 13&apos;s module or this console&apos;s has it).</source>
        <translation>Ce serveur ne peut pas changer les rôles : son admin_rest n’a pas de route pour les rôles (le module de Prosody 13 ou celui de cette console l’a).</translation>
    </message>
    <message>
        <source>This server cannot show vCards: its admin_rest has no vCard route (Prosody 13&apos;s module or this console&apos;s has it).</source>
        <translation>Ce serveur ne peut pas afficher les vCards : son admin_rest n’a pas de route pour les vCards (le module de Prosody 13 ou celui de cette console l’a).</translation>
    </message>
    <message>
        <source>View the vCard of the selected user</source>
        <translation>Voir la vCard de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Could not read the connected users.</source>
        <translation>Impossible de lire les utilisateurs connectés.</translation>
    </message>
    <message>
        <source>Could not list the registered users.</source>
        <translation>Impossible de lister les utilisateurs inscrits.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered user(s)</source>
        <translation>
            <numerusform>%n utilisateur inscrit</numerusform>
            <numerusform>%n utilisateurs inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected user(s) — this server cannot list registered users</source>
        <translation>
            <numerusform>%n utilisateur connecté — ce serveur ne peut pas lister les utilisateurs inscrits</numerusform>
            <numerusform>%n utilisateurs connectés — ce serveur ne peut pas lister les utilisateurs inscrits</numerusform>
        </translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no route that lists every registered user, so only the users online now are shown.</source>
        <translation>L’admin_rest de ce serveur n’a pas de route qui liste tous les utilisateurs inscrits : seuls les utilisateurs en ligne maintenant sont affichés.</translation>
    </message>
    <message>
        <source>Sessions of %1</source>
        <translation>Sessions de %1</translation>
    </message>
    <message>
        <source>Could not read the sessions of %1.</source>
        <translation>Impossible de lire les sessions de %1.</translation>
    </message>
    <message>
        <source>Send &amp;Message…</source>
        <translation>Envoyer un &amp;message…</translation>
    </message>
    <message>
        <source>%1 already existed: its password was replaced.</source>
        <translation>%1 existait déjà : son mot de passe a été remplacé.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s)? %1</source>
        <translation>
            <numerusform>Supprimer %n utilisateur ? %1</numerusform>
            <numerusform>Supprimer %n utilisateurs ? %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This includes %1, the account this console signs in with: the console will lose access.</source>
        <translation>Cela comprend %1, le compte avec lequel cette console se connecte : la console perdra l’accès.</translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Supprimer des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s)</source>
        <translation>
            <numerusform>Supprimer %n utilisateur</numerusform>
            <numerusform>Supprimer %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n user(s)…</source>
        <translation>
            <numerusform>Suppression de %n utilisateur…</numerusform>
            <numerusform>Suppression de %n utilisateurs…</numerusform>
        </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message numerus="yes">
        <source>Changed the role of %n user(s).</source>
        <translation>
            <numerusform>Rôle de %n utilisateur changé.</numerusform>
            <numerusform>Rôle de %n utilisateurs changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vCard of %1 was saved.</source>
        <translation>La vCard de %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>&amp;Inactive for at least</source>
        <translation>&amp;Inactif depuis au moins</translation>
    </message>
    <message>
        <source>Show only inactive accounts</source>
        <translation>Afficher seulement les comptes inactifs</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days without activity</source>
        <translation>Jours sans activité</translation>
    </message>
    <message>
        <source>Delete &amp;Shown…</source>
        <translation>&amp;Supprimer ceux affichés…</translation>
    </message>
    <message>
        <source>Delete the inactive accounts shown</source>
        <translation>Supprimer les comptes inactifs affichés</translation>
    </message>
    <message>
        <source>Could not read the users&apos; last activity.</source>
        <translation>Impossible de lire la dernière activité des utilisateurs.</translation>
    </message>
    <message>
        <source>This server does not report when users were last active: that needs this project&apos;s admin_rest module (last-activity extension).</source>
        <translation>Ce serveur n’indique pas quand les utilisateurs ont été actifs pour la dernière fois : il faut le module admin_rest de ce projet (extension last-activity).</translation>
    </message>
    <message>
        <source>Disa&amp;ble Shown…</source>
        <translation>Dés&amp;activer ceux affichés…</translation>
    </message>
    <message>
        <source>Disable the inactive accounts shown</source>
        <translation>Désactiver les comptes inactifs affichés</translation>
    </message>
    <message>
        <source>This server keeps deleted accounts restorable until its grace period ends (Invitations pane, Restore); then they are removed for good with their rosters and data.</source>
        <translation>Ce serveur garde les comptes supprimés restaurables jusqu’à la fin de son délai de grâce (volet Invitations, Restaurer) ; ensuite, ils sont supprimés définitivement avec leurs listes de contacts et leurs données.</translation>
    </message>
    <message>
        <source>Their accounts, rosters and stored data are removed; this is final, it cannot be undone.</source>
        <translation>Leurs comptes, listes de contacts et données enregistrées sont supprimés ; c’est définitif et irréversible.</translation>
    </message>
    <message>
        <source>Delete &amp;Immediately, for Good…</source>
        <translation>Supprimer &amp;immédiatement, définitivement…</translation>
    </message>
    <message>
        <source>Delete Now</source>
        <translation>Supprimer maintenant</translation>
    </message>
    <message>
        <source>Delete the selected users at once: final, not restorable</source>
        <translation>Supprimer les utilisateurs sélectionnés tout de suite : définitif, non restaurable</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n User(s) for Good</source>
        <translation>
            <numerusform>Supprimer %n utilisateur définitivement</numerusform>
            <numerusform>Supprimer %n utilisateurs définitivement</numerusform>
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
        <translation>Texte de la vCard</translation>
    </message>
    <message>
        <source>vCard of %1</source>
        <translation>vCard de %1</translation>
    </message>
    <message>
        <source>Reading the vCard…</source>
        <translation>Lecture de la vCard…</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>The vCard of %1 as the server stores it:</source>
        <translation>La vCard de %1 telle que le serveur l’enregistre :</translation>
    </message>
    <message>
        <source>%1 has no vCard yet. Type one and save it to create it.</source>
        <translation>%1 n’a pas encore de vCard. Saisissez-en une et enregistrez-la pour la créer.</translation>
    </message>
    <message>
        <source>Could not read the vCard of %1.</source>
        <translation>Impossible de lire la vCard de %1.</translation>
    </message>
    <message>
        <source>This connection is read-only: the vCard can be read, not saved.</source>
        <translation>Cette connexion est en lecture seule : la vCard peut être lue, pas enregistrée.</translation>
    </message>
    <message>
        <source>Could not save the vCard of %1.</source>
        <translation>Impossible d’enregistrer la vCard de %1.</translation>
    </message>
    <message>
        <source>This vCard contains invisible or text-direction characters, which the editor below does not show. The lines that hold them, written out:</source>
        <translation>Cette vCard contient des caractères invisibles ou qui changent le sens de l’écriture, que l’éditeur ci-dessous ne montre pas. Les lignes qui les contiennent, écrites en clair :</translation>
    </message>
</context>
<context>
    <name>WhitelistModel</name>
    <message>
        <source>range (CIDR)</source>
        <translation>plage (CIDR)</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>pas une adresse</translation>
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
        <translation>Une plage venant de la configuration du serveur : seul le module de ce projet sait comparer des plages.</translation>
    </message>
    <message>
        <source>No client can ever match this entry.</source>
        <translation>Aucun client ne peut jamais correspondre à cette entrée.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>WhitelistPane</name>
    <message>
        <source>Whitelist changes last only until the server restarts or the admin_rest module reloads. To keep an address, list it in the server&apos;s configuration (admin_rest_whitelist).</source>
        <translation>Les modifications de la liste blanche ne durent que jusqu’au redémarrage du serveur ou au rechargement du module admin_rest. Pour garder une adresse, inscrivez-la dans la configuration du serveur (admin_rest_whitelist).</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, e.g. 192.0.2.7 or 2001:db8::7</source>
        <translation>Adresse IPv4 ou IPv6, p. ex. 192.0.2.7 ou 2001:db8::7</translation>
    </message>
    <message>
        <source>Address to whitelist</source>
        <translation>Adresse à ajouter à la liste blanche</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the address to the whitelist</source>
        <translation>Ajouter l’adresse à la liste blanche</translation>
    </message>
    <message>
        <source>Whitelisted addresses</source>
        <translation>Adresses de la liste blanche</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected addresses</source>
        <translation>Retirer les adresses sélectionnées</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>When the list is empty, &amp;first add this computer&apos;s address:</source>
        <translation>Si la liste est vide, ajouter d’&amp;abord l’adresse de cet ordinateur :</translation>
    </message>
    <message>
        <source>First add this computer&apos;s address when the list is empty</source>
        <translation>Si la liste est vide, ajouter d’abord l’adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s address as the server sees it</source>
        <translation>L’adresse de cet ordinateur telle que le serveur la voit</translation>
    </message>
    <message>
        <source>On Prosody 0.12 with the published module, adding any address locks everyone out, this console included: the module cannot see the client&apos;s address there, so no request matches the list until the module is reloaded on the server.</source>
        <translation>Sur Prosody 0.12 avec le module publié, ajouter n’importe quelle adresse bloque tout le monde, cette console comprise : le module n’y voit pas l’adresse du client, donc aucune requête ne correspond à la liste jusqu’au rechargement du module sur le serveur.</translation>
    </message>
    <message>
        <source>On this server&apos;s module, removing the last address does not turn the whitelist off: NOBODY can use the admin API any more, this console included, until the module is reloaded from the server side.</source>
        <translation>Avec le module de ce serveur, retirer la dernière adresse ne désactive pas la liste blanche : PERSONNE ne peut plus utiliser l’API d’administration, cette console comprise, jusqu’au rechargement du module côté serveur.</translation>
    </message>
    <message>
        <source>The change lasts only until the server restarts or the module reloads.</source>
        <translation>La modification ne dure que jusqu’au redémarrage du serveur ou au rechargement du module.</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Liste blanche</translation>
    </message>
    <message>
        <source>Could not read the whitelist.</source>
        <translation>Impossible de lire la liste blanche.</translation>
    </message>
    <message>
        <source>The server runs on this computer, so it sees the console as a loopback address: %1.</source>
        <translation>Le serveur tourne sur cet ordinateur : il voit donc la console comme une adresse de boucle locale : %1.</translation>
    </message>
    <message>
        <source>The console cannot know the address under which the server sees this computer. On the same network it is usually one of this computer&apos;s own addresses, listed here. Through NAT, a proxy or a VPN it is an address this computer does not have: ask whoever runs the network, and type it here.</source>
        <translation>La console ne peut pas savoir sous quelle adresse le serveur voit cet ordinateur. Sur le même réseau, c’est en général l’une des adresses propres de cet ordinateur, listées ici. À travers un NAT, un proxy ou un VPN, c’est une adresse que cet ordinateur n’a pas : demandez à qui gère le réseau, et saisissez-la ici.</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist.</source>
        <translation>%1 est déjà dans la liste blanche.</translation>
    </message>
    <message>
        <source>The console could not tell which version of admin_rest this server runs.</source>
        <translation>La console n’a pas pu déterminer quelle version d’admin_rest tourne sur ce serveur.</translation>
    </message>
    <message>
        <source>Add and lock everyone out</source>
        <translation>Ajouter et bloquer tout le monde</translation>
    </message>
    <message>
        <source>Adding the first address turns the whitelist on: from then on only the listed addresses may use the admin API.</source>
        <translation>Ajouter la première adresse active la liste blanche : dès lors, seules les adresses listées peuvent utiliser l’API d’administration.</translation>
    </message>
    <message>
        <source>This computer&apos;s address, %1, is added first so that the console keeps its access. The console cannot know for sure how the server sees this computer: if it sees another address (NAT, a proxy, a VPN), the console is locked out until the module is reloaded on the server.</source>
        <translation>L’adresse de cet ordinateur, %1, est ajoutée en premier pour que la console garde son accès. La console ne peut pas savoir avec certitude comment le serveur voit cet ordinateur : s’il voit une autre adresse (NAT, proxy, VPN), la console est bloquée jusqu’au rechargement du module sur le serveur.</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not added: unless the server sees this console as %1, the console locks itself out until the module is reloaded on the server.</source>
        <translation>L’adresse de cet ordinateur n’est pas ajoutée : à moins que le serveur ne voie cette console comme %1, la console se bloque elle-même jusqu’au rechargement du module sur le serveur.</translation>
    </message>
    <message>
        <source>Turn the whitelist on</source>
        <translation>Activer la liste blanche</translation>
    </message>
    <message>
        <source>Added to the whitelist: %1.</source>
        <translation>Ajouté à la liste blanche : %1.</translation>
    </message>
    <message>
        <source>Add to the whitelist</source>
        <translation>Ajouter à la liste blanche</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the whitelist? Clients at these addresses can no longer use the admin API.</source>
        <translation>
            <numerusform>Retirer %n adresse de la liste blanche ? Les clients à cette adresse ne pourront plus utiliser l’API d’administration.</numerusform>
            <numerusform>Retirer %n adresses de la liste blanche ? Les clients à ces adresses ne pourront plus utiliser l’API d’administration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es)</source>
        <translation>
            <numerusform>Retirer %n adresse</numerusform>
            <numerusform>Retirer %n adresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing the last address turns the whitelist off: every address may use the admin API again.</source>
        <translation>Retirer la dernière adresse désactive la liste blanche : toute adresse peut de nouveau utiliser l’API d’administration.</translation>
    </message>
    <message>
        <source>Remove and turn the whitelist off</source>
        <translation>Retirer et désactiver la liste blanche</translation>
    </message>
    <message>
        <source>Remove and lock everyone out</source>
        <translation>Retirer et bloquer tout le monde</translation>
    </message>
    <message>
        <source>%1 is this computer&apos;s address as the server probably sees it: without it, the console may lose its access.</source>
        <translation>%1 est l’adresse de cet ordinateur telle que le serveur la voit probablement : sans elle, la console peut perdre son accès.</translation>
    </message>
    <message>
        <source>Remove from the whitelist</source>
        <translation>Retirer de la liste blanche</translation>
    </message>
    <message>
        <source>The whitelist is empty but still on: nobody can use the admin API until the module is reloaded on the server.</source>
        <translation>La liste blanche est vide mais toujours active : personne ne peut utiliser l’API d’administration jusqu’au rechargement du module sur le serveur.</translation>
    </message>
    <message>
        <source>Removed from the whitelist: %1.</source>
        <translation>Retiré de la liste blanche : %1.</translation>
    </message>
    <message>
        <source>The whitelist is off.</source>
        <translation>La liste blanche est désactivée.</translation>
    </message>
    <message>
        <source>Could not add %1 to the whitelist.</source>
        <translation>Impossible d’ajouter %1 à la liste blanche.</translation>
    </message>
    <message>
        <source>Could not remove %1 from the whitelist.</source>
        <translation>Impossible de retirer %1 de la liste blanche.</translation>
    </message>
    <message>
        <source>The whitelist is off: any address may use the admin API.</source>
        <translation>La liste blanche est désactivée : toute adresse peut utiliser l’API d’administration.</translation>
    </message>
    <message numerus="yes">
        <source>The whitelist is on: only the %n listed address(es) may use the admin API.</source>
        <translation>
            <numerusform>La liste blanche est active : seule l’adresse listée (%n) peut utiliser l’API d’administration.</numerusform>
            <numerusform>La liste blanche est active : seules les %n adresses listées peuvent utiliser l’API d’administration.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server runs this project&apos;s admin_rest: removing the last address turns the whitelist off.</source>
        <translation>Ce serveur utilise l’admin_rest de ce projet : retirer la dernière adresse désactive la liste blanche.</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the last change.</source>
        <translation>En attente de la fin de la dernière modification par le serveur.</translation>
    </message>
    <message>
        <source>The whitelist has not been read yet.</source>
        <translation>La liste blanche n’a pas encore été lue.</translation>
    </message>
    <message>
        <source>Remove the selected addresses from the whitelist</source>
        <translation>Retirer de la liste blanche les adresses sélectionnées</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Host name, typed to confirm</source>
        <translation>Nom d’hôte, saisi pour confirmer</translation>
    </message>
    <message>
        <source>Wipe Server Data</source>
        <translation>Effacer les données du serveur</translation>
    </message>
    <message>
        <source>Wipe Certificates</source>
        <translation>Effacer les certificats</translation>
    </message>
    <message>
        <source>This deletes everything in the data directory of the server behind %1: every account (yours included: this console loses access), roster, offline message, vCard and module&apos;s data, for every host of that server. Prosody must be restarted afterwards. It cannot be undone.</source>
        <translation>Cela supprime tout le contenu du répertoire de données du serveur derrière %1 : chaque compte (le vôtre aussi : cette console perd l’accès), liste de contacts, message hors ligne, vCard et donnée de module, pour chaque hôte de ce serveur. Prosody doit ensuite être redémarré. C’est irréversible.</translation>
    </message>
    <message>
        <source>This deletes every certificate and key in the certificate directory of the server behind %1. Clients cannot connect securely until new certificates are installed and Prosody is restarted. It cannot be undone.</source>
        <translation>Cela supprime chaque certificat et chaque clé du répertoire des certificats du serveur derrière %1. Les clients ne peuvent plus se connecter de façon sécurisée tant que de nouveaux certificats ne sont pas installés et Prosody redémarré. C’est irréversible.</translation>
    </message>
    <message>
        <source>Type the host name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez le nom d’hôte &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Wipe All Data</source>
        <translation>&amp;Effacer toutes les données</translation>
    </message>
    <message>
        <source>&amp;Wipe Certificates</source>
        <translation>&amp;Effacer les certificats</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>Non connecté à un serveur.</translation>
    </message>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>This server&apos;s admin_rest has no wipe routes.</source>
        <translation>L’admin_rest de ce serveur ne sait rien effacer.</translation>
    </message>
    <message>
        <source>Type the host name exactly as shown.</source>
        <translation>Saisissez le nom d’hôte exactement comme affiché.</translation>
    </message>
    <message>
        <source>%1 Restart Prosody now.</source>
        <translation>%1 Redémarrez Prosody maintenant.</translation>
    </message>
    <message>
        <source>Wiped.</source>
        <translation>Effacé.</translation>
    </message>
    <message>
        <source>The server refused: %1. Wiping is off unless the server&apos;s configuration sets admin_rest_allow_wipe = true.</source>
        <translation>Le serveur a refusé : %1. L’effacement est désactivé tant que la configuration du serveur ne définit pas admin_rest_allow_wipe = true.</translation>
    </message>
</context>
</TS>
