<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>About permille-desktop</source>
        <translation>À propos de permille-desktop</translation>
    </message>
    <message>
        <source>An offline browser for the resource library of the “4 per 1000” Initiative: Soils for Food Security and Climate.</source>
        <translation>Un navigateur hors ligne pour la bibliothèque de ressources de l’Initiative «&#xa0;4 pour 1000&#xa0;»&#xa0;: les sols pour la sécurité alimentaire et le climat.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Where the catalog, its backups and the settings are kept</source>
        <translation>L’emplacement du catalogue, de ses sauvegardes et des paramètres</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Resources in the catalog:</source>
        <translation>Ressources dans le catalogue&#xa0;:</translation>
    </message>
    <message>
        <source>Initiative&apos;s website:</source>
        <translation>Site web de l’Initiative&#xa0;:</translation>
    </message>
    <message>
        <source>Initiative&apos;s website</source>
        <translation>Site web de l’Initiative</translation>
    </message>
    <message>
        <source>permille-desktop is free software, under the MIT licence. It is built with Qt and PySide6 (under the LGPLv3), and with SQLAlchemy, platformdirs, bibtexparser, pylatexenc and rispy (under the MIT or BSD licences).</source>
        <translation>permille-desktop est un logiciel libre, sous licence MIT. Il est construit avec Qt et PySide6 (sous licence LGPLv3), ainsi qu’avec SQLAlchemy, platformdirs, bibtexparser, pylatexenc et rispy (sous licences MIT ou BSD).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>permille-desktop cannot start</source>
        <translation>permille-desktop ne peut pas démarrer</translation>
    </message>
    <message>
        <source>permille-desktop is already open</source>
        <translation>permille-desktop est déjà ouvert</translation>
    </message>
    <message>
        <source>The library in {folder} is open in another permille-desktop window, which does not answer.

Wait until that window answers again, or close it, then start permille-desktop again.</source>
        <translation>La bibliothèque de {folder} est ouverte dans une autre fenêtre de permille-desktop, qui ne répond pas.

Attendez que cette fenêtre réponde de nouveau, ou fermez-la, puis relancez permille-desktop.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Read-only: written by a newer version</source>
        <translation>Lecture seule&#xa0;: écrit par une version plus récente</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version: it cannot be changed</source>
        <translation>Ce catalogue a été écrit par une version plus récente&#xa0;: il ne peut pas être modifié</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: {reason}</source>
        <translation>La sauvegarde du jour n’a pas pu être faite&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Backing up the catalog before the import…</source>
        <translation>Sauvegarde du catalogue avant l’importation…</translation>
    </message>
    <message>
        <source>The backup taken before every import could not be made, so nothing was imported.

Reason: {reason}</source>
        <translation>La sauvegarde faite avant chaque importation n’a pas pu être réalisée&#xa0;: rien n’a donc été importé.

Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Backing up the catalog…</source>
        <translation>Sauvegarde du catalogue…</translation>
    </message>
    <message>
        <source>Backup cancelled: none was made.</source>
        <translation>Sauvegarde annulée&#xa0;: aucune n’a été faite.</translation>
    </message>
    <message>
        <source>The catalog is as it was.

Reason: {reason}</source>
        <translation>Le catalogue est resté tel quel.

Motif&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an upgrade of the catalog</source>
        <translation>Avant une mise à niveau du catalogue</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>The catalog is copied here every day it is used, and before every import, upgrade or restore. Restoring a backup first backs up the catalog as it is now.</source>
        <translation>Le catalogue est copié ici chaque jour où il est utilisé, ainsi qu’avant chaque importation, mise à niveau ou restauration. Restaurer une sauvegarde sauvegarde d’abord le catalogue tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version of permille-desktop and is open read-only: backups can be listed, not restored.</source>
        <translation>Ce catalogue a été écrit par une version plus récente de permille-desktop et il est ouvert en lecture seule&#xa0;: les sauvegardes peuvent être consultées, mais pas restaurées.</translation>
    </message>
    <message>
        <source>No backup taken</source>
        <translation>Aucune sauvegarde faite</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put the catalog back as it was on {when}?</source>
        <translation>Remettre le catalogue dans l’état où il était le {when}&#x202f;?</translation>
    </message>
    <message>
        <source>The catalog as it is now is backed up first, so this too can be undone from this list. Undo and Redo in the Edit menu start afresh.</source>
        <translation>Le catalogue tel qu’il est maintenant est d’abord sauvegardé&#xa0;: cette restauration pourra donc elle aussi être annulée depuis cette liste. Annuler et Rétablir, dans le menu Édition, repartent de zéro.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Restauration non effectuée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <source>&amp;New subcategory…</source>
        <translation>&amp;Nouvelle sous-catégorie…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete category…</source>
        <translation>&amp;Supprimer la catégorie…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Name of the new category under “{parent}”:</source>
        <translation>Nom de la nouvelle catégorie sous «&#xa0;{parent}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new top-level category:</source>
        <translation>Nom de la nouvelle catégorie de premier niveau&#xa0;:</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>add category “{name}”</source>
        <translation>l’ajout de la catégorie «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>rename category “{old}” to “{new}”</source>
        <translation>le renommage de la catégorie «&#xa0;{old}&#xa0;» en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete the category “{name}” and its %n subcategories?</source>
        <translation>
            <numerusform>Supprimer la catégorie «&#xa0;{name}&#xa0;» et sa sous-catégorie&#x202f;?</numerusform>
            <numerusform>Supprimer la catégorie «&#xa0;{name}&#xa0;» et ses %n sous-catégories&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the category “{name}”?</source>
        <translation>Supprimer la catégorie «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Supprimer la catégorie</translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln resources. Resources are never deleted with a category: move them to the parent category, or only take them out of this one (a resource in no other category is then in none).</source>
        <translation>
            <numerusform>Elle contient %Ln ressource. Les ressources ne sont jamais supprimées avec une catégorie&#xa0;: déplacez-la vers la catégorie parente, ou retirez-la seulement de celle-ci (si elle n’est dans aucune autre catégorie, elle n’en aura alors plus aucune).</numerusform>
            <numerusform>Elle contient %Ln ressources. Les ressources ne sont jamais supprimées avec une catégorie&#xa0;: déplacez-les vers la catégorie parente, ou retirez-les seulement de celle-ci (une ressource qui n’est dans aucune autre catégorie n’en aura alors plus aucune).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to “{parent}”</source>
        <translation>Les déplacer vers «&#xa0;{parent}&#xa0;»</translation>
    </message>
    <message>
        <source>Take them out</source>
        <translation>Les retirer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>delete category “{name}”</source>
        <translation>la suppression de la catégorie «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Déplacer la catégorie</translation>
    </message>
    <message>
        <source>Move “{name}” into:</source>
        <translation>Déplacer «&#xa0;{name}&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>move category “{name}”</source>
        <translation>le déplacement de la catégorie «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>move %Ln resources to “{name}”</source>
        <translation>
            <numerusform>le déplacement de %Ln ressource vers «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>le déplacement de %Ln ressources vers «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln resources to “{name}”</source>
        <translation>
            <numerusform>l’ajout de %Ln ressource à «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>l’ajout de %Ln ressources à «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
</context>
<context>
    <name>CuratorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Curator mode: changes are saved to the catalog</source>
        <translation>Mode curateur&#xa0;: les modifications sont enregistrées dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>add “{title}”</source>
        <translation>l’ajout de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>edit “{title}”</source>
        <translation>la modification de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate “{title}”</source>
        <translation>la duplication de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>delete “{title}”</source>
        <translation>la suppression de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln resources</source>
        <translation>
            <numerusform>la suppression de %Ln ressource</numerusform>
            <numerusform>la suppression de %Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n resources?</source>
        <translation>
            <numerusform>Supprimer cette ressource&#x202f;?</numerusform>
            <numerusform>Supprimer ces %n ressources&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln resources?</source>
        <translation>
            <numerusform>Supprimer %Ln ressource&#x202f;?</numerusform>
            <numerusform>Supprimer %Ln ressources&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resources</source>
        <translation>Supprimer des ressources</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo until you quit.</source>
        <translation>Vous pourrez l’annuler avec Édition → Annuler tant que vous n’aurez pas quitté.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Saved. The search or the categories selected now hide it.</source>
        <translation>Enregistrée. La recherche ou les catégories sélectionnées la masquent maintenant.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Publié dans</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}&#xa0;: </translation>
    </message>
    <message>
        <source>(not opened: only web and e-mail links open from here)</source>
        <translation>(non ouvert&#xa0;: seuls les liens web et de courriel s’ouvrent d’ici)</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <source>The change could not be saved, and the catalog is as it was.

Reason: {reason}</source>
        <translation>La modification n’a pas pu être enregistrée, et le catalogue est resté tel quel.

Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>A resource needs a title.</source>
        <translation>Une ressource doit avoir un titre.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a category named “{name}” at this place.</source>
        <translation>Il y a déjà une catégorie nommée «&#xa0;{name}&#xa0;» à cet endroit.</translation>
    </message>
    <message>
        <source>The category “{name}” cannot be moved into itself or into one of its subcategories.</source>
        <translation>La catégorie «&#xa0;{name}&#xa0;» ne peut pas être déplacée dans elle-même ni dans l’une de ses sous-catégories.</translation>
    </message>
    <message>
        <source>This is no longer in the catalog: it may have been changed in another window.</source>
        <translation>Cet élément n’est plus dans le catalogue&#xa0;: il a peut-être été modifié dans une autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Export %Ln resources</source>
        <translation>
            <numerusform>Exporter %Ln ressource</numerusform>
            <numerusform>Exporter %Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>references</source>
        <translation>références</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln resources to {name}…</source>
        <translation>
            <numerusform>Exportation de %Ln ressource dans {name}…</numerusform>
            <numerusform>Exportation de %Ln ressources dans {name}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportation annulée&#xa0;: aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Exportation non effectuée</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln resources to {name}.</source>
        <translation>
            <numerusform>%Ln ressource exportée dans {name}.</numerusform>
            <numerusform>%Ln ressources exportées dans {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells that began like a formula got a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln cellule qui commençait comme une formule a reçu une apostrophe initiale.</numerusform>
            <numerusform>%Ln cellules qui commençaient comme une formule ont reçu une apostrophe initiale.</numerusform>
        </translation>
    </message>
    <message>
        <source>References (*.csv *.bib *.ris *.json)</source>
        <translation>Références (*.csv *.bib *.ris *.json)</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Importer des références</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importation non effectuée</translation>
    </message>
    <message>
        <source>Importing {name}…
The catalog takes the whole import or none of it, so this cannot be stopped once begun.</source>
        <translation>Importation de {name}…
Le catalogue reçoit toute l’importation ou rien du tout&#xa0;: une fois commencée, elle ne peut donc pas être arrêtée.</translation>
    </message>
    <message>
        <source>import from “{name}”</source>
        <translation>l’importation de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Imported {name}: {added}, {updated}.</source>
        <translation>{name} importé&#xa0;: {added}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajoutée</numerusform>
            <numerusform>%Ln ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>“{name}” could not be written, and no file was left behind.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être écrit, et aucun fichier partiel n’a été laissé.</translation>
    </message>
    <message>
        <source>“{name}” could not be read.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>“{name}” is too large to import.</source>
        <translation>«&#xa0;{name}&#xa0;» est trop volumineux pour être importé.</translation>
    </message>
    <message>
        <source>“{name}” holds more records than an import takes.</source>
        <translation>«&#xa0;{name}&#xa0;» contient plus d’enregistrements qu’une importation n’en accepte.</translation>
    </message>
    <message>
        <source>“{name}” is not a CSV, BibTeX, RIS or CSL-JSON file that can be imported.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un fichier CSV, BibTeX, RIS ou CSL-JSON importable.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be read. Nothing was imported.</source>
        <translation>«&#xa0;{name}&#xa0;» est endommagé et ne peut pas être lu. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Détails&#xa0;: {details}</translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>RIS</source>
        <translation>RIS</translation>
    </message>
    <message>
        <source>CSL-JSON</source>
        <translation>CSL-JSON</translation>
    </message>
    <message>
        <source>Opens in Excel, LibreOffice Calc and other spreadsheets.</source>
        <translation>S’ouvre dans Excel, LibreOffice Calc et les autres tableurs.</translation>
    </message>
    <message>
        <source>For LaTeX, JabRef, Zotero and other reference managers.</source>
        <translation>Pour LaTeX, JabRef, Zotero et les autres gestionnaires de références.</translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley and other reference managers.</source>
        <translation>Pour Zotero, EndNote, Mendeley et les autres gestionnaires de références.</translation>
    </message>
    <message>
        <source>For Zotero and other reference managers, and Pandoc.</source>
        <translation>Pour Zotero et les autres gestionnaires de références, et pour Pandoc.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected resources (%Ln)</source>
        <translation>
            <numerusform>Ressources &amp;sélectionnées (%Ln)</numerusform>
            <numerusform>Ressources &amp;sélectionnées (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All resources s&amp;hown (%Ln)</source>
        <translation>
            <numerusform>Toutes les ressources &amp;affichées (%Ln)</numerusform>
            <numerusform>Toutes les ressources &amp;affichées (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>Options CSV</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;The columns shown, in their order</source>
        <translation>Les &amp;colonnes affichées, dans leur ordre</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>&amp;Tous les champs</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mma</source>
        <translation>&amp;Virgule</translation>
    </message>
    <message>
        <source>Semico&amp;lon: for Excel in French and other languages that write decimals with a comma</source>
        <translation>&amp;Point-virgule&#xa0;: pour Excel en français et dans les autres langues qui écrivent les décimales avec une virgule</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark so that Excel reads accents</source>
        <translation>Ajouter une &amp;marque d’ordre des octets (BOM) pour qu’Excel lise les accents</translation>
    </message>
    <message>
        <source>Cells that start like a spreadsheet formula (with =, +, - or @) get a leading apostrophe, so that they cannot run when the file is opened.</source>
        <translation>Les cellules qui commencent comme une formule de tableur (par =, +, - ou @) reçoivent une apostrophe initiale, pour qu’elles ne puissent pas s’exécuter à l’ouverture du fichier.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Importer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{name} — {format}</source>
        <translation>{name} — {format}</translation>
    </message>
    <message>
        <source>The file has no records to import.</source>
        <translation>Le fichier ne contient aucun enregistrement à importer.</translation>
    </message>
    <message>
        <source>{new}, {matches}, {rejected}</source>
        <translation>{new}, {matches}, {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln à ajouter</numerusform>
            <numerusform>%Ln à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejeté</numerusform>
            <numerusform>%Ln rejetés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New (%Ln)</source>
        <translation>
            <numerusform>&amp;Nouveaux (%Ln)</numerusform>
            <numerusform>&amp;Nouveaux (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Already in the library (%Ln)</source>
        <translation>
            <numerusform>&amp;Déjà dans la bibliothèque (%Ln)</numerusform>
            <numerusform>&amp;Déjà dans la bibliothèque (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rejected (%Ln)</source>
        <translation>
            <numerusform>&amp;Rejetés (%Ln)</numerusform>
            <numerusform>&amp;Rejetés (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Without a category: {without} of {total}</source>
        <translation>Sans catégorie&#xa0;: {without} sur {total}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>These records match resources the library already has. Tick “Update” to replace a resource’s details with the file’s; the others are skipped.</source>
        <translation>Ces enregistrements correspondent à des ressources que la bibliothèque contient déjà. Cochez «&#xa0;Mettre à jour&#xa0;» pour remplacer les informations d’une ressource par celles du fichier&#x202f;; les autres sont ignorés.</translation>
    </message>
    <message>
        <source>&amp;Update all</source>
        <translation>&amp;Tout mettre à jour</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>Tout i&amp;gnorer</translation>
    </message>
    <message>
        <source>These records cannot be imported and are left out. Correct them in the file and import it again to add them.</source>
        <translation>Ces enregistrements ne peuvent pas être importés et sont laissés de côté. Corrigez-les dans le fichier et importez-le de nouveau pour les ajouter.</translation>
    </message>
    <message>
        <source>&amp;Put new resources without a category in:</source>
        <translation>&amp;Placer les nouvelles ressources sans catégorie dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>The record has no title.</source>
        <translation>L’enregistrement n’a pas de titre.</translation>
    </message>
    <message>
        <source>The year is not a valid year.</source>
        <translation>L’année n’est pas valide.</translation>
    </message>
    <message>
        <source>The web address is not valid.</source>
        <translation>L’adresse web n’est pas valide.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Un champ est trop long.</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>L’enregistrement n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The same record is already earlier in the file.</source>
        <translation>Le même enregistrement figure déjà plus haut dans le fichier.</translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation>même identifiant</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>même DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>même titre et même année</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 — check the accents.</source>
        <translation>Le fichier n’est pas en UTF-8&#x202f;; il a été lu en Windows-1252 — vérifiez les accents.</translation>
    </message>
    <message>
        <source>Some columns were not recognised and are left out.</source>
        <translation>Certaines colonnes n’ont pas été reconnues et sont laissées de côté.</translation>
    </message>
    <message>
        <source>Columns that were not recognised and are left out: {names}.</source>
        <translation>Colonnes non reconnues, laissées de côté&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Dates that could not be read (a spreadsheet may have rewritten them) are left out{where}: those resources are imported as if added today.</source>
        <translation>Les dates illisibles (un tableur les a peut-être réécrites) sont laissées de côté{where}&#xa0;: ces ressources sont importées comme si elles avaient été ajoutées aujourd’hui.</translation>
    </message>
    <message>
        <source>Some categories of the file are not in the library and are left out.</source>
        <translation>Certaines catégories du fichier ne sont pas dans la bibliothèque et sont laissées de côté.</translation>
    </message>
    <message>
        <source>Categories that the library does not have, left out: {names}.</source>
        <translation>Catégories absentes de la bibliothèque, laissées de côté&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>Dans la bibliothèque</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>S’applique au prochain démarrage</translation>
    </message>
    <message>
        <source>The language changes at the next start of permille-desktop.</source>
        <translation>La langue changera au prochain démarrage de permille-desktop.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Resources shown</source>
        <translation>Ressources affichées</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln resources</source>
        <translation>
            <numerusform>{shown} sur %Ln ressource</numerusform>
            <numerusform>{shown} sur %Ln ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a resource to see it in full.</source>
        <translation>Sélectionnez une ressource pour l’afficher en entier.</translation>
    </message>
    <message>
        <source>“4 per 1000” Resource Library</source>
        <translation>Bibliothèque de ressources «&#xa0;4 pour 1000&#xa0;»</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Rechercher dans la bibliothèque (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Searches the library as you type; Enter or Down goes to the results</source>
        <translation>Recherche dans la bibliothèque au fil de la frappe&#x202f;; Entrée ou Bas mène aux résultats</translation>
    </message>
    <message>
        <source>E&amp;xact matches only</source>
        <translation>Correspondances e&amp;xactes uniquement</translation>
    </message>
    <message>
        <source>Find the text as one piece, not each word separately</source>
        <translation>Trouver le texte d’un seul tenant, et non chaque mot séparément</translation>
    </message>
    <message>
        <source>Search in &amp;title</source>
        <translation>Rechercher dans le &amp;titre</translation>
    </message>
    <message>
        <source>Look for the search text in the resources&apos; titles</source>
        <translation>Chercher le texte dans les titres des ressources</translation>
    </message>
    <message>
        <source>Search in &amp;content</source>
        <translation>Rechercher dans le &amp;contenu</translation>
    </message>
    <message>
        <source>Description, authors, venue and the other fields</source>
        <translation>Description, auteurs, lieu de publication et autres champs</translation>
    </message>
    <message>
        <source>Look for the search text in the description, authors, venue and the other fields</source>
        <translation>Chercher le texte dans la description, les auteurs, le lieu de publication et les autres champs</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show only some types of resource</source>
        <translation>N’afficher que certains types de ressources</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Types de ressources</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Shows only the resources of the selected categories</source>
        <translation>N’affiche que les ressources des catégories sélectionnées</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>The resources found; select one to see it in full</source>
        <translation>Les ressources trouvées&#x202f;; sélectionnez-en une pour l’afficher en entier</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Détails de la ressource</translation>
    </message>
    <message>
        <source>The selected resource in full</source>
        <translation>La ressource sélectionnée, en entier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>E&amp;ffacer la recherche</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Du&amp;plicate resource…</source>
        <translation>D&amp;upliquer la ressource…</translation>
    </message>
    <message>
        <source>Save the selected or shown resources as CSV, BibTeX, RIS or CSL-JSON</source>
        <translation>Enregistrer les ressources sélectionnées ou affichées au format CSV, BibTeX, RIS ou CSL-JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add references from a CSV, BibTeX, RIS or CSL-JSON file</source>
        <translation>Ajouter des références depuis un fichier CSV, BibTeX, RIS ou CSL-JSON</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>See the catalog&apos;s backups, take one, or restore one</source>
        <translation>Voir les sauvegardes du catalogue, en faire une ou en restaurer une</translation>
    </message>
    <message>
        <source>&amp;Curator mode</source>
        <translation>Mode &amp;curateur</translation>
    </message>
    <message>
        <source>Show the actions that add, change and delete resources and categories</source>
        <translation>Afficher les actions qui ajoutent, modifient et suppriment des ressources et des catégories</translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation>&amp;Nouvelle ressource…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>&amp;Modifier la ressource…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete resources…</source>
        <translation>&amp;Supprimer les ressources…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About permille-desktop</source>
        <translation>À &amp;propos de permille-desktop</translation>
    </message>
</context>
<context>
    <name>OpeningMessages</name>
    <message>
        <source>it is not a catalog</source>
        <translation>ce n’est pas un catalogue</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>il appartient à un autre programme</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it could not be used</source>
        <translation>il n’a pas pu être utilisé</translation>
    </message>
    <message>
        <source>The catalog file could not be used ({why}). It was moved aside, not deleted: {path}</source>
        <translation>Le fichier du catalogue n’a pas pu être utilisé ({why}). Il a été mis de côté, pas supprimé&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too; it was left as it is.</source>
        <translation>La sauvegarde {name} est endommagée elle aussi&#x202f;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The newest good backup, taken on {when}, was restored. Changes made after it are not in the catalog.</source>
        <translation>La sauvegarde valide la plus récente, faite le {when}, a été restaurée. Les modifications faites depuis ne sont pas dans le catalogue.</translation>
    </message>
    <message>
        <source>No good backup was found, so the library starts afresh from the catalog that comes with the app.</source>
        <translation>Aucune sauvegarde valide n’a été trouvée&#xa0;: la bibliothèque repart donc du catalogue fourni avec l’application.</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version of permille-desktop (catalog version {found}; this version reads up to {readable}). It is open read-only: you can browse, search and export, but not change it. Install the newer version to edit it.</source>
        <translation>Ce catalogue a été écrit par une version plus récente de permille-desktop (version du catalogue&#xa0;: {found}&#x202f;; cette version lit jusqu’à la {readable}). Il est ouvert en lecture seule&#xa0;: vous pouvez le parcourir, y faire des recherches et l’exporter, mais pas le modifier. Installez la version plus récente pour le modifier.</translation>
    </message>
    <message>
        <source>The catalog was repaired</source>
        <translation>Le catalogue a été réparé</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Not given</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>p. ex. {year}</translation>
    </message>
    <message>
        <source>Automatic, from the title</source>
        <translation>Automatique, d’après le titre</translation>
    </message>
    <message>
        <source>The library already has a resource like this one:</source>
        <translation>La bibliothèque contient déjà une ressource semblable&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The library already has %n resources like this one:</source>
        <translation>
            <numerusform>La bibliothèque contient déjà %n ressource semblable&#xa0;:</numerusform>
            <numerusform>La bibliothèque contient déjà %n ressources semblables&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>and one more</source>
        <translation>et une autre</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>L’enregistrer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>The resource was not saved.</source>
        <translation>La ressource n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>Edit resource — {title}</source>
        <translation>Modifier la ressource — {title}</translation>
    </message>
    <message>
        <source>Duplicate resource</source>
        <translation>Dupliquer la ressource</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title} ({year})</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sort as:</source>
        <translation>Trier &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <source>How the title is sorted in lists. Leave it empty to sort by the title itself, without a leading article such as “The” or “Les”.</source>
        <translation>Comment le titre est classé dans les listes. Laissez vide pour le classer selon le titre lui-même, sans article initial comme «&#xa0;Les&#xa0;» ou «&#xa0;The&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Auteurs&#xa0;:</translation>
    </message>
    <message>
        <source>In the order of the publication. Insert adds an author, F2 or a double click edits one, Delete removes it.</source>
        <translation>Dans l’ordre de la publication. Inser ajoute un auteur, F2 ou un double-clic en modifie un, Suppr le retire.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add an author (Insert)</source>
        <translation>Ajouter un auteur (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected author (Delete)</source>
        <translation>Retirer l’auteur sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected author up (Ctrl+Up)</source>
        <translation>Monter l’auteur sélectionné (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected author down (Ctrl+Down)</source>
        <translation>Descendre l’auteur sélectionné (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Published &amp;in:</source>
        <translation>&amp;Publié dans&#xa0;:</translation>
    </message>
    <message>
        <source>The journal, newspaper, publisher or site</source>
        <translation>La revue, le journal, l’éditeur ou le site</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a language or type its name</source>
        <translation>Choisissez une langue ou tapez son nom</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>L&amp;ien&#xa0;:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Caté&amp;gories&#xa0;:</translation>
    </message>
    <message>
        <source>Tick every category the resource belongs to (Space ticks the selected one)</source>
        <translation>Cochez chaque catégorie à laquelle la ressource appartient (Espace coche celle qui est sélectionnée)</translation>
    </message>
</context>
<context>
    <name>ResourceProblems</name>
    <message>
        <source>A title is required.</source>
        <translation>Un titre est obligatoire.</translation>
    </message>
    <message>
        <source>The year must be a whole number from {first} to {last}.</source>
        <translation>L’année doit être un nombre entier de {first} à {last}.</translation>
    </message>
    <message>
        <source>The year must be from {first} to {last}.</source>
        <translation>L’année doit être comprise entre {first} et {last}.</translation>
    </message>
    <message>
        <source>The link must be a web address (https://…) or an e-mail link (mailto:…).</source>
        <translation>Le lien doit être une adresse web (https://…) ou un lien de courriel (mailto:…).</translation>
    </message>
    <message>
        <source>The link must not contain spaces; write a space as %20.</source>
        <translation>Le lien ne doit pas contenir d’espaces&#x202f;; écrivez une espace sous la forme %20.</translation>
    </message>
    <message>
        <source>The link needs a complete site name, as in https://example.org/page.</source>
        <translation>Le lien doit comporter un nom de site complet, comme dans https://example.org/page.</translation>
    </message>
    <message>
        <source>The e-mail link needs an address, as in mailto:name@example.org.</source>
        <translation>Le lien de courriel doit comporter une adresse, comme dans mailto:nom@example.org.</translation>
    </message>
    <message>
        <source>Choose at least one category.</source>
        <translation>Choisissez au moins une catégorie.</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Date d’ajout</translation>
    </message>
</context>
<context>
    <name>ResourceTypes</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Livre</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Lettre d’information</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>No types</source>
        <translation>Aucun type</translation>
    </message>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>The search text is ignored: turn on “Search in title” or “Search in content” to search.</source>
        <translation>Le texte recherché est ignoré&#xa0;: activez «&#xa0;Rechercher dans le titre&#xa0;» ou «&#xa0;Rechercher dans le contenu&#xa0;» pour lancer la recherche.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>Dans le champ de recherche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Aller aux résultats</translation>
    </message>
    <message>
        <source>In the category tree (curator mode)</source>
        <translation>Dans l’arborescence des catégories (mode curateur)</translation>
    </message>
    <message>
        <source>In the resource dialog (curator mode)</source>
        <translation>Dans la fenêtre de la ressource (mode curateur)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add an author</source>
        <translation>Ajouter un auteur</translation>
    </message>
    <message>
        <source>Remove the selected author</source>
        <translation>Retirer l’auteur sélectionné</translation>
    </message>
    <message>
        <source>Move the selected author up or down</source>
        <translation>Monter ou descendre l’auteur sélectionné</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The editing shortcuts work in curator mode (Edit → Curator mode).</source>
        <translation>Les raccourcis de modification fonctionnent en mode curateur (Édition → Mode curateur).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the “4 per 1000” resource library</source>
        <translation>Bienvenue dans la bibliothèque de ressources «&#xa0;4 pour 1000&#xa0;»</translation>
    </message>
    <message>
        <source>The resource library of the “4 per 1000” Initiative: Soils for Food Security and Climate. Its reports, articles, videos and other resources are all on this computer: it works offline.</source>
        <translation>La bibliothèque de ressources de l’Initiative «&#xa0;4 pour 1000&#xa0;»&#xa0;: les sols pour la sécurité alimentaire et le climat. Ses rapports, articles, vidéos et autres ressources sont tous sur cet ordinateur&#xa0;: elle fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Finding a resource</source>
        <translation>Trouver une ressource</translation>
    </message>
    <message>
        <source>Type in the search bar above ({keys}): the list follows as you type. Enter or Down then takes you to the results.</source>
        <translation>Tapez dans la barre de recherche ci-dessus ({keys})&#xa0;: la liste suit au fil de la frappe. Entrée ou Bas mène ensuite aux résultats.</translation>
    </message>
    <message>
        <source>{exact} finds the words together, as typed. {title} and {content} choose where to look: the title, or the description, authors and other fields.</source>
        <translation>{exact} trouve les mots ensemble, tels qu’ils sont tapés. {title} et {content} choisissent où chercher&#xa0;: le titre, ou la description, les auteurs et les autres champs.</translation>
    </message>
    <message>
        <source>The categories on the left narrow the list to theirs. Select a resource to see it here in full.</source>
        <translation>Les catégories à gauche restreignent la liste à leurs ressources. Sélectionnez une ressource pour l’afficher ici en entier.</translation>
    </message>
    <message>
        <source>Where your library is kept</source>
        <translation>Où se trouve votre bibliothèque</translation>
    </message>
    <message>
        <source>The catalog, its backups and your settings are in this folder (Help → About shows it too):</source>
        <translation>Le catalogue, ses sauvegardes et vos paramètres sont dans ce dossier (Aide → À propos l’indique aussi)&#xa0;:</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again</source>
        <translation>Compris, ne plus afficher ce message</translation>
    </message>
</context>
</TS>
