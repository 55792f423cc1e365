<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>About permille-desktop</source>
        <translation>Acerca de permille-desktop</translation>
    </message>
    <message>
        <source>An offline browser for the resource library of the “4 per 1000” Initiative: Soils for Food Security and Climate.</source>
        <translation>Un explorador sin conexión de la biblioteca de recursos de la Iniciativa «4 por 1000»: Suelos para la Seguridad Alimentaria y el Clima.</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Where the catalog, its backups and the settings are kept</source>
        <translation>Donde se guardan el catálogo, sus copias de seguridad y la configuración</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <source>Show the data folder in the file manager</source>
        <translation>Mostrar la carpeta de datos en el gestor de archivos</translation>
    </message>
    <message>
        <source>Resources in the catalog:</source>
        <translation>Recursos en el catálogo:</translation>
    </message>
    <message>
        <source>Initiative&apos;s website:</source>
        <translation>Sitio web de la Iniciativa:</translation>
    </message>
    <message>
        <source>Initiative&apos;s website</source>
        <translation>Sitio web de la Iniciativa</translation>
    </message>
    <message>
        <source>permille-desktop is free software, under the MIT licence. It is built with Qt and PySide6 (under the LGPLv3), and with SQLAlchemy, platformdirs, bibtexparser, pylatexenc and rispy (under the MIT or BSD licences).</source>
        <translation>permille-desktop es software libre, con licencia MIT. Está construido con Qt y PySide6 (con licencia LGPLv3), y con SQLAlchemy, platformdirs, bibtexparser, pylatexenc y rispy (con licencias MIT o BSD).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>permille-desktop cannot start</source>
        <translation>permille-desktop no puede iniciarse</translation>
    </message>
    <message>
        <source>permille-desktop is already open</source>
        <translation>permille-desktop ya está abierto</translation>
    </message>
    <message>
        <source>The library in {folder} is open in another permille-desktop window, which does not answer.

Wait until that window answers again, or close it, then start permille-desktop again.</source>
        <translation>La biblioteca de {folder} está abierta en otra ventana de permille-desktop, que no responde.

Espere a que esa ventana vuelva a responder, o ciérrela, y luego inicie permille-desktop de nuevo.</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Read-only: written by a newer version</source>
        <translation>Solo lectura: escrito por una versión más reciente</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version: it cannot be changed</source>
        <translation>Este catálogo fue escrito por una versión más reciente: no se puede modificar</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {reason}</translation>
    </message>
    <message>
        <source>Backing up the catalog before the import…</source>
        <translation>Copia de seguridad del catálogo antes de la importación…</translation>
    </message>
    <message>
        <source>The backup taken before every import could not be made, so nothing was imported.

Reason: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad que precede a cada importación, así que no se importó nada.

Motivo: {reason}</translation>
    </message>
    <message>
        <source>Backing up the catalog…</source>
        <translation>Copia de seguridad del catálogo…</translation>
    </message>
    <message>
        <source>Backup cancelled: none was made.</source>
        <translation>Copia de seguridad cancelada: no se hizo ninguna.</translation>
    </message>
    <message>
        <source>The catalog is as it was.

Reason: {reason}</source>
        <translation>El catálogo sigue como estaba.

Motivo: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an upgrade of the catalog</source>
        <translation>Antes de una actualización del catálogo</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>The catalog is copied here every day it is used, and before every import, upgrade or restore. Restoring a backup first backs up the catalog as it is now.</source>
        <translation>El catálogo se copia aquí cada día que se usa, y antes de cada importación, actualización o restauración. Al restaurar una copia, primero se hace una copia del catálogo tal como está ahora.</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version of permille-desktop and is open read-only: backups can be listed, not restored.</source>
        <translation>Este catálogo fue escrito por una versión más reciente de permille-desktop y está abierto en solo lectura: las copias de seguridad se pueden ver, pero no restaurar.</translation>
    </message>
    <message>
        <source>No backup taken</source>
        <translation>No se hizo ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put the catalog back as it was on {when}?</source>
        <translation>¿Devolver el catálogo al estado en que estaba el {when}?</translation>
    </message>
    <message>
        <source>The catalog as it is now is backed up first, so this too can be undone from this list. Undo and Redo in the Edit menu start afresh.</source>
        <translation>Primero se hace una copia del catálogo tal como está ahora, así que esto también se podrá deshacer desde esta lista. Deshacer y Rehacer, en el menú Editar, vuelven a empezar de cero.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se ha restaurado</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <source>&amp;New subcategory…</source>
        <translation>&amp;Nueva subcategoría…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Cambiar nombre</translation>
    </message>
    <message>
        <source>&amp;Delete category…</source>
        <translation>&amp;Eliminar categoría…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Name of the new category under “{parent}”:</source>
        <translation>Nombre de la nueva categoría dentro de «{parent}»:</translation>
    </message>
    <message>
        <source>Name of the new top-level category:</source>
        <translation>Nombre de la nueva categoría de nivel superior:</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>add category “{name}”</source>
        <translation>la creación de la categoría «{name}»</translation>
    </message>
    <message>
        <source>rename category “{old}” to “{new}”</source>
        <translation>el cambio de nombre de la categoría «{old}» a «{new}»</translation>
    </message>
    <message numerus="yes">
        <source>Delete the category “{name}” and its %n subcategories?</source>
        <translation>
            <numerusform>¿Eliminar la categoría «{name}» y su subcategoría?</numerusform>
            <numerusform>¿Eliminar la categoría «{name}» y sus %n subcategorías?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the category “{name}”?</source>
        <translation>¿Eliminar la categoría «{name}»?</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln resources. Resources are never deleted with a category: move them to the parent category, or only take them out of this one (a resource in no other category is then in none).</source>
        <translation>
            <numerusform>Contiene %Ln recurso. Los recursos nunca se eliminan junto con una categoría: muévalo a la categoría superior, o solo quítelo de esta (si no está en ninguna otra categoría, quedará sin categoría).</numerusform>
            <numerusform>Contiene %Ln recursos. Los recursos nunca se eliminan junto con una categoría: muévalos a la categoría superior, o solo quítelos de esta (un recurso que no esté en ninguna otra categoría quedará sin categoría).</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to “{parent}”</source>
        <translation>Moverlos a «{parent}»</translation>
    </message>
    <message>
        <source>Take them out</source>
        <translation>Quitarlos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>delete category “{name}”</source>
        <translation>la eliminación de la categoría «{name}»</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Mover categoría</translation>
    </message>
    <message>
        <source>Move “{name}” into:</source>
        <translation>Mover «{name}» a:</translation>
    </message>
    <message>
        <source>move category “{name}”</source>
        <translation>el traslado de la categoría «{name}»</translation>
    </message>
    <message numerus="yes">
        <source>move %Ln resources to “{name}”</source>
        <translation>
            <numerusform>el traslado de %Ln recurso a «{name}»</numerusform>
            <numerusform>el traslado de %Ln recursos a «{name}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln resources to “{name}”</source>
        <translation>
            <numerusform>la incorporación de %Ln recurso a «{name}»</numerusform>
            <numerusform>la incorporación de %Ln recursos a «{name}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
</context>
<context>
    <name>CuratorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Curator mode: changes are saved to the catalog</source>
        <translation>Modo curador: los cambios se guardan en el catálogo</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>add “{title}”</source>
        <translation>la incorporación de «{title}»</translation>
    </message>
    <message>
        <source>edit “{title}”</source>
        <translation>la edición de «{title}»</translation>
    </message>
    <message>
        <source>duplicate “{title}”</source>
        <translation>la duplicación de «{title}»</translation>
    </message>
    <message>
        <source>delete “{title}”</source>
        <translation>la eliminación de «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>delete %Ln resources</source>
        <translation>
            <numerusform>la eliminación de %Ln recurso</numerusform>
            <numerusform>la eliminación de %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Eliminar «{title}»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n resources?</source>
        <translation>
            <numerusform>¿Eliminar este recurso?</numerusform>
            <numerusform>¿Eliminar estos %n recursos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln resources?</source>
        <translation>
            <numerusform>¿Eliminar %Ln recurso?</numerusform>
            <numerusform>¿Eliminar %Ln recursos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete resources</source>
        <translation>Eliminar recursos</translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo until you quit.</source>
        <translation>Puede deshacerlo con Editar → Deshacer hasta que salga del programa.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Saved. The search or the categories selected now hide it.</source>
        <translation>Guardado. La búsqueda o las categorías seleccionadas lo ocultan ahora.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Published in</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>{label}: </source>
        <translation>{label}: </translation>
    </message>
    <message>
        <source>(not opened: only web and e-mail links open from here)</source>
        <translation>(no se abre: desde aquí solo se abren enlaces web y de correo electrónico)</translation>
    </message>
</context>
<context>
    <name>EditErrors</name>
    <message>
        <source>The change could not be saved, and the catalog is as it was.

Reason: {reason}</source>
        <translation>No se pudo guardar el cambio, y el catálogo sigue como estaba.

Motivo: {reason}</translation>
    </message>
    <message>
        <source>A resource needs a title.</source>
        <translation>Un recurso necesita un título.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a category named “{name}” at this place.</source>
        <translation>Ya hay una categoría llamada «{name}» en este lugar.</translation>
    </message>
    <message>
        <source>The category “{name}” cannot be moved into itself or into one of its subcategories.</source>
        <translation>La categoría «{name}» no se puede mover dentro de sí misma ni de una de sus subcategorías.</translation>
    </message>
    <message>
        <source>This is no longer in the catalog: it may have been changed in another window.</source>
        <translation>Esto ya no está en el catálogo: puede que se haya modificado en otra ventana.</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Export %Ln resources</source>
        <translation>
            <numerusform>Exportar %Ln recurso</numerusform>
            <numerusform>Exportar %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>references</source>
        <translation>referencias</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln resources to {name}…</source>
        <translation>
            <numerusform>Exportando %Ln recurso a {name}…</numerusform>
            <numerusform>Exportando %Ln recursos a {name}…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se ha exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln resources to {name}.</source>
        <translation>
            <numerusform>%Ln recurso exportado a {name}.</numerusform>
            <numerusform>%Ln recursos exportados a {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells that began like a formula got a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln celda que empezaba como una fórmula recibió un apóstrofo inicial.</numerusform>
            <numerusform>%Ln celdas que empezaban como una fórmula recibieron un apóstrofo inicial.</numerusform>
        </translation>
    </message>
    <message>
        <source>References (*.csv *.bib *.ris *.json)</source>
        <translation>Referencias (*.csv *.bib *.ris *.json)</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Importar referencias</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se ha importado</translation>
    </message>
    <message>
        <source>Importing {name}…
The catalog takes the whole import or none of it, so this cannot be stopped once begun.</source>
        <translation>Importando {name}…
El catálogo recibe toda la importación o nada de ella, así que no se puede detener una vez iniciada.</translation>
    </message>
    <message>
        <source>import from “{name}”</source>
        <translation>la importación de «{name}»</translation>
    </message>
    <message>
        <source>Imported {name}: {added}, {updated}.</source>
        <translation>{name} importado: {added}, {updated}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln añadido</numerusform>
            <numerusform>%Ln añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
</context>
<context>
    <name>ExchangeErrors</name>
    <message>
        <source>“{name}” could not be written, and no file was left behind.</source>
        <translation>No se pudo escribir «{name}», y no quedó ningún archivo parcial.</translation>
    </message>
    <message>
        <source>“{name}” could not be read.</source>
        <translation>No se pudo leer «{name}».</translation>
    </message>
    <message>
        <source>“{name}” is too large to import.</source>
        <translation>«{name}» es demasiado grande para importarlo.</translation>
    </message>
    <message>
        <source>“{name}” holds more records than an import takes.</source>
        <translation>«{name}» contiene más registros de los que admite una importación.</translation>
    </message>
    <message>
        <source>“{name}” is not a CSV, BibTeX, RIS or CSL-JSON file that can be imported.</source>
        <translation>«{name}» no es un archivo CSV, BibTeX, RIS o CSL-JSON que se pueda importar.</translation>
    </message>
    <message>
        <source>“{name}” is damaged and cannot be read. Nothing was imported.</source>
        <translation>«{name}» está dañado y no se puede leer. No se importó nada.</translation>
    </message>
    <message>
        <source>Details: {details}</source>
        <translation>Detalles: {details}</translation>
    </message>
</context>
<context>
    <name>ExchangeFormats</name>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (hoja de cálculo)</translation>
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
        <translation>Se abre en Excel, LibreOffice Calc y otras hojas de cálculo.</translation>
    </message>
    <message>
        <source>For LaTeX, JabRef, Zotero and other reference managers.</source>
        <translation>Para LaTeX, JabRef, Zotero y otros gestores de referencias.</translation>
    </message>
    <message>
        <source>For Zotero, EndNote, Mendeley and other reference managers.</source>
        <translation>Para Zotero, EndNote, Mendeley y otros gestores de referencias.</translation>
    </message>
    <message>
        <source>For Zotero and other reference managers, and Pandoc.</source>
        <translation>Para Zotero y otros gestores de referencias, y para Pandoc.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected resources (%Ln)</source>
        <translation>
            <numerusform>Recursos &amp;seleccionados (%Ln)</numerusform>
            <numerusform>Recursos &amp;seleccionados (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All resources s&amp;hown (%Ln)</source>
        <translation>
            <numerusform>Todos los recursos &amp;mostrados (%Ln)</numerusform>
            <numerusform>Todos los recursos &amp;mostrados (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>CSV options</source>
        <translation>Opciones de CSV</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <source>&amp;The columns shown, in their order</source>
        <translation>Las &amp;columnas mostradas, en su orden</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>&amp;Todos los campos</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <source>Co&amp;mma</source>
        <translation>C&amp;oma</translation>
    </message>
    <message>
        <source>Semico&amp;lon: for Excel in French and other languages that write decimals with a comma</source>
        <translation>&amp;Punto y coma: para Excel en francés y otros idiomas que escriben los decimales con coma</translation>
    </message>
    <message>
        <source>Add a &amp;byte-order mark so that Excel reads accents</source>
        <translation>Añadir una marca de orden de &amp;bytes (BOM) para que Excel lea los acentos</translation>
    </message>
    <message>
        <source>Cells that start like a spreadsheet formula (with =, +, - or @) get a leading apostrophe, so that they cannot run when the file is opened.</source>
        <translation>Las celdas que empiezan como una fórmula de hoja de cálculo (con =, +, - o @) reciben un apóstrofo inicial, para que no puedan ejecutarse al abrir el archivo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import “{name}”</source>
        <translation>Importar «{name}»</translation>
    </message>
    <message>
        <source>{name} — {format}</source>
        <translation>{name} — {format}</translation>
    </message>
    <message>
        <source>The file has no records to import.</source>
        <translation>El archivo no contiene registros para importar.</translation>
    </message>
    <message>
        <source>{new}, {matches}, {rejected}</source>
        <translation>{new}, {matches}, {rejected}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln por añadir</numerusform>
            <numerusform>%Ln por añadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln ya en la biblioteca</numerusform>
            <numerusform>%Ln ya en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New (%Ln)</source>
        <translation>
            <numerusform>&amp;Nuevos (%Ln)</numerusform>
            <numerusform>&amp;Nuevos (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Already in the library (%Ln)</source>
        <translation>
            <numerusform>&amp;Ya en la biblioteca (%Ln)</numerusform>
            <numerusform>&amp;Ya en la biblioteca (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rejected (%Ln)</source>
        <translation>
            <numerusform>&amp;Rechazados (%Ln)</numerusform>
            <numerusform>&amp;Rechazados (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Without a category: {without} of {total}</source>
        <translation>Sin categoría: {without} de {total}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>These records match resources the library already has. Tick “Update” to replace a resource’s details with the file’s; the others are skipped.</source>
        <translation>Estos registros coinciden con recursos que la biblioteca ya tiene. Marque «Actualizar» para reemplazar los datos de un recurso por los del archivo; los demás se omiten.</translation>
    </message>
    <message>
        <source>&amp;Update all</source>
        <translation>&amp;Actualizar todos</translation>
    </message>
    <message>
        <source>S&amp;kip all</source>
        <translation>&amp;Omitir todos</translation>
    </message>
    <message>
        <source>These records cannot be imported and are left out. Correct them in the file and import it again to add them.</source>
        <translation>Estos registros no se pueden importar y se dejan fuera. Corríjalos en el archivo e impórtelo de nuevo para añadirlos.</translation>
    </message>
    <message>
        <source>&amp;Put new resources without a category in:</source>
        <translation>&amp;Poner los recursos nuevos sin categoría en:</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>The record has no title.</source>
        <translation>El registro no tiene título.</translation>
    </message>
    <message>
        <source>The year is not a valid year.</source>
        <translation>El año no es válido.</translation>
    </message>
    <message>
        <source>The web address is not valid.</source>
        <translation>La dirección web no es válida.</translation>
    </message>
    <message>
        <source>A field is too long.</source>
        <translation>Un campo es demasiado largo.</translation>
    </message>
    <message>
        <source>The record could not be read.</source>
        <translation>No se pudo leer el registro.</translation>
    </message>
    <message>
        <source>The same record is already earlier in the file.</source>
        <translation>El mismo registro ya aparece antes en el archivo.</translation>
    </message>
    <message>
        <source>same identifier</source>
        <translation>mismo identificador</translation>
    </message>
    <message>
        <source>same DOI</source>
        <translation>mismo DOI</translation>
    </message>
    <message>
        <source>same title and year</source>
        <translation>mismo título y año</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252 — check the accents.</source>
        <translation>El archivo no está en UTF-8; se leyó como Windows-1252: revise los acentos.</translation>
    </message>
    <message>
        <source>Some columns were not recognised and are left out.</source>
        <translation>Algunas columnas no se reconocieron y se dejan fuera.</translation>
    </message>
    <message>
        <source>Columns that were not recognised and are left out: {names}.</source>
        <translation>Columnas no reconocidas, que se dejan fuera: {names}.</translation>
    </message>
    <message>
        <source>Dates that could not be read (a spreadsheet may have rewritten them) are left out{where}: those resources are imported as if added today.</source>
        <translation>Las fechas que no se pudieron leer (puede que una hoja de cálculo las haya reescrito) se dejan fuera{where}: esos recursos se importan como si se hubieran añadido hoy.</translation>
    </message>
    <message>
        <source>Some categories of the file are not in the library and are left out.</source>
        <translation>Algunas categorías del archivo no están en la biblioteca y se dejan fuera.</translation>
    </message>
    <message>
        <source>Categories that the library does not have, left out: {names}.</source>
        <translation>Categorías que la biblioteca no tiene, que se dejan fuera: {names}.</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>En la biblioteca</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Applies at the next start</source>
        <translation>Se aplica en el próximo inicio</translation>
    </message>
    <message>
        <source>The language changes at the next start of permille-desktop.</source>
        <translation>El idioma cambiará la próxima vez que se inicie permille-desktop.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Resources shown</source>
        <translation>Recursos mostrados</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln resources</source>
        <translation>
            <numerusform>{shown} de %Ln recurso</numerusform>
            <numerusform>{shown} de %Ln recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a resource to see it in full.</source>
        <translation>Seleccione un recurso para verlo completo.</translation>
    </message>
    <message>
        <source>“4 per 1000” Resource Library</source>
        <translation>Biblioteca de recursos «4 por 1000»</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Buscar en la biblioteca (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Searches the library as you type; Enter or Down goes to the results</source>
        <translation>Busca en la biblioteca mientras escribe; Intro o Abajo lleva a los resultados</translation>
    </message>
    <message>
        <source>E&amp;xact matches only</source>
        <translation>Solo coincidencias e&amp;xactas</translation>
    </message>
    <message>
        <source>Find the text as one piece, not each word separately</source>
        <translation>Buscar el texto completo, no cada palabra por separado</translation>
    </message>
    <message>
        <source>Search in &amp;title</source>
        <translation>Buscar en el &amp;título</translation>
    </message>
    <message>
        <source>Look for the search text in the resources&apos; titles</source>
        <translation>Buscar el texto en los títulos de los recursos</translation>
    </message>
    <message>
        <source>Search in &amp;content</source>
        <translation>Buscar en el &amp;contenido</translation>
    </message>
    <message>
        <source>Description, authors, venue and the other fields</source>
        <translation>Descripción, autores, medio de publicación y los demás campos</translation>
    </message>
    <message>
        <source>Look for the search text in the description, authors, venue and the other fields</source>
        <translation>Buscar el texto en la descripción, los autores, el medio de publicación y los demás campos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show only some types of resource</source>
        <translation>Mostrar solo algunos tipos de recurso</translation>
    </message>
    <message>
        <source>Resource types</source>
        <translation>Tipos de recurso</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Shows only the resources of the selected categories</source>
        <translation>Muestra solo los recursos de las categorías seleccionadas</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>The resources found; select one to see it in full</source>
        <translation>Los recursos encontrados; seleccione uno para verlo completo</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Detalles del recurso</translation>
    </message>
    <message>
        <source>The selected resource in full</source>
        <translation>El recurso seleccionado, completo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear search</source>
        <translation>&amp;Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Du&amp;plicate resource…</source>
        <translation>D&amp;uplicar recurso…</translation>
    </message>
    <message>
        <source>Save the selected or shown resources as CSV, BibTeX, RIS or CSL-JSON</source>
        <translation>Guardar los recursos seleccionados o mostrados en CSV, BibTeX, RIS o CSL-JSON</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add references from a CSV, BibTeX, RIS or CSL-JSON file</source>
        <translation>Añadir referencias desde un archivo CSV, BibTeX, RIS o CSL-JSON</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>See the catalog&apos;s backups, take one, or restore one</source>
        <translation>Ver las copias de seguridad del catálogo, hacer una o restaurar una</translation>
    </message>
    <message>
        <source>&amp;Curator mode</source>
        <translation>&amp;Modo curador</translation>
    </message>
    <message>
        <source>Show the actions that add, change and delete resources and categories</source>
        <translation>Mostrar las acciones que añaden, modifican y eliminan recursos y categorías</translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation>&amp;Nuevo recurso…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit resource…</source>
        <translation>&amp;Editar recurso…</translation>
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
        <translation>E&amp;liminar recursos…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About permille-desktop</source>
        <translation>&amp;Acerca de permille-desktop</translation>
    </message>
</context>
<context>
    <name>OpeningMessages</name>
    <message>
        <source>it is not a catalog</source>
        <translation>no es un catálogo</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>está dañado</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>pertenece a otro programa</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>it could not be used</source>
        <translation>no se pudo usar</translation>
    </message>
    <message>
        <source>The catalog file could not be used ({why}). It was moved aside, not deleted: {path}</source>
        <translation>No se pudo usar el archivo del catálogo ({why}). Se apartó, no se eliminó: {path}</translation>
    </message>
    <message>
        <source>The backup {name} is damaged too; it was left as it is.</source>
        <translation>La copia de seguridad {name} también está dañada; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The newest good backup, taken on {when}, was restored. Changes made after it are not in the catalog.</source>
        <translation>Se restauró la copia de seguridad válida más reciente, hecha el {when}. Los cambios posteriores no están en el catálogo.</translation>
    </message>
    <message>
        <source>No good backup was found, so the library starts afresh from the catalog that comes with the app.</source>
        <translation>No se encontró ninguna copia de seguridad válida, así que la biblioteca vuelve a empezar desde el catálogo que incluye la aplicación.</translation>
    </message>
    <message>
        <source>This catalog was written by a newer version of permille-desktop (catalog version {found}; this version reads up to {readable}). It is open read-only: you can browse, search and export, but not change it. Install the newer version to edit it.</source>
        <translation>Este catálogo fue escrito por una versión más reciente de permille-desktop (versión del catálogo: {found}; esta versión lee hasta la {readable}). Está abierto en solo lectura: puede explorarlo, buscar en él y exportarlo, pero no modificarlo. Instale la versión más reciente para editarlo.</translation>
    </message>
    <message>
        <source>The catalog was repaired</source>
        <translation>Se reparó el catálogo</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>p. ej., {year}</translation>
    </message>
    <message>
        <source>Automatic, from the title</source>
        <translation>Automático, a partir del título</translation>
    </message>
    <message>
        <source>The library already has a resource like this one:</source>
        <translation>La biblioteca ya tiene un recurso como este:</translation>
    </message>
    <message numerus="yes">
        <source>The library already has %n resources like this one:</source>
        <translation>
            <numerusform>La biblioteca ya tiene %n recurso como este:</numerusform>
            <numerusform>La biblioteca ya tiene %n recursos como este:</numerusform>
        </translation>
    </message>
    <message>
        <source>and one more</source>
        <translation>y otro más</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>The resource was not saved.</source>
        <translation>El recurso no se guardó.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se ha guardado</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Edit resource — {title}</source>
        <translation>Editar recurso — {title}</translation>
    </message>
    <message>
        <source>Duplicate resource</source>
        <translation>Duplicar recurso</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>{title} ({year})</source>
        <translation>{title} ({year})</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Sort as:</source>
        <translation>&amp;Ordenar como:</translation>
    </message>
    <message>
        <source>How the title is sorted in lists. Leave it empty to sort by the title itself, without a leading article such as “The” or “Les”.</source>
        <translation>Cómo se ordena el título en las listas. Déjelo vacío para ordenar por el propio título, sin un artículo inicial como «El» o «The».</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>A&amp;utores:</translation>
    </message>
    <message>
        <source>In the order of the publication. Insert adds an author, F2 or a double click edits one, Delete removes it.</source>
        <translation>En el orden de la publicación. Insert añade un autor, F2 o un doble clic lo edita, Supr lo quita.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Add an author (Insert)</source>
        <translation>Añadir un autor (Insert)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected author (Delete)</source>
        <translation>Quitar el autor seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected author up (Ctrl+Up)</source>
        <translation>Subir el autor seleccionado (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected author down (Ctrl+Down)</source>
        <translation>Bajar el autor seleccionado (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Published &amp;in:</source>
        <translation>Publicado &amp;en:</translation>
    </message>
    <message>
        <source>The journal, newspaper, publisher or site</source>
        <translation>La revista, el periódico, la editorial o el sitio</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Pick a language or type its name</source>
        <translation>Elija un idioma o escriba su nombre</translation>
    </message>
    <message>
        <source>Lin&amp;k:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Descripció&amp;n:</translation>
    </message>
    <message>
        <source>Cate&amp;gories:</source>
        <translation>Cate&amp;gorías:</translation>
    </message>
    <message>
        <source>Tick every category the resource belongs to (Space ticks the selected one)</source>
        <translation>Marque cada categoría a la que pertenece el recurso (Espacio marca la seleccionada)</translation>
    </message>
</context>
<context>
    <name>ResourceProblems</name>
    <message>
        <source>A title is required.</source>
        <translation>El título es obligatorio.</translation>
    </message>
    <message>
        <source>The year must be a whole number from {first} to {last}.</source>
        <translation>El año debe ser un número entero entre {first} y {last}.</translation>
    </message>
    <message>
        <source>The year must be from {first} to {last}.</source>
        <translation>El año debe estar entre {first} y {last}.</translation>
    </message>
    <message>
        <source>The link must be a web address (https://…) or an e-mail link (mailto:…).</source>
        <translation>El enlace debe ser una dirección web (https://…) o un enlace de correo electrónico (mailto:…).</translation>
    </message>
    <message>
        <source>The link must not contain spaces; write a space as %20.</source>
        <translation>El enlace no debe contener espacios; escriba un espacio como %20.</translation>
    </message>
    <message>
        <source>The link needs a complete site name, as in https://example.org/page.</source>
        <translation>El enlace necesita un nombre de sitio completo, como en https://example.org/page.</translation>
    </message>
    <message>
        <source>The e-mail link needs an address, as in mailto:name@example.org.</source>
        <translation>El enlace de correo electrónico necesita una dirección, como en mailto:nombre@example.org.</translation>
    </message>
    <message>
        <source>Choose at least one category.</source>
        <translation>Elija al menos una categoría.</translation>
    </message>
</context>
<context>
    <name>ResourceTable</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>ResourceTypes</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Boletín</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>No types</source>
        <translation>Ningún tipo</translation>
    </message>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>The search text is ignored: turn on “Search in title” or “Search in content” to search.</source>
        <translation>El texto de búsqueda se ignora: active «Buscar en el título» o «Buscar en el contenido» para buscar.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>In the search field</source>
        <translation>En el campo de búsqueda</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpiar la búsqueda</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Ir a los resultados</translation>
    </message>
    <message>
        <source>In the category tree (curator mode)</source>
        <translation>En el árbol de categorías (modo curador)</translation>
    </message>
    <message>
        <source>In the resource dialog (curator mode)</source>
        <translation>En la ventana del recurso (modo curador)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add an author</source>
        <translation>Añadir un autor</translation>
    </message>
    <message>
        <source>Remove the selected author</source>
        <translation>Quitar el autor seleccionado</translation>
    </message>
    <message>
        <source>Move the selected author up or down</source>
        <translation>Subir o bajar el autor seleccionado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The editing shortcuts work in curator mode (Edit → Curator mode).</source>
        <translation>Los atajos de edición funcionan en el modo curador (Editar → Modo curador).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the “4 per 1000” resource library</source>
        <translation>Le damos la bienvenida a la biblioteca de recursos «4 por 1000»</translation>
    </message>
    <message>
        <source>The resource library of the “4 per 1000” Initiative: Soils for Food Security and Climate. Its reports, articles, videos and other resources are all on this computer: it works offline.</source>
        <translation>La biblioteca de recursos de la Iniciativa «4 por 1000»: Suelos para la Seguridad Alimentaria y el Clima. Sus informes, artículos, videos y demás recursos están todos en esta computadora: funciona sin conexión.</translation>
    </message>
    <message>
        <source>Finding a resource</source>
        <translation>Encontrar un recurso</translation>
    </message>
    <message>
        <source>Type in the search bar above ({keys}): the list follows as you type. Enter or Down then takes you to the results.</source>
        <translation>Escriba en la barra de búsqueda de arriba ({keys}): la lista se actualiza mientras escribe. Luego, Intro o Abajo lleva a los resultados.</translation>
    </message>
    <message>
        <source>{exact} finds the words together, as typed. {title} and {content} choose where to look: the title, or the description, authors and other fields.</source>
        <translation>{exact} encuentra las palabras juntas, tal como se escriben. {title} y {content} eligen dónde buscar: el título, o la descripción, los autores y los demás campos.</translation>
    </message>
    <message>
        <source>The categories on the left narrow the list to theirs. Select a resource to see it here in full.</source>
        <translation>Las categorías de la izquierda limitan la lista a sus recursos. Seleccione un recurso para verlo aquí completo.</translation>
    </message>
    <message>
        <source>Where your library is kept</source>
        <translation>Dónde se guarda su biblioteca</translation>
    </message>
    <message>
        <source>The catalog, its backups and your settings are in this folder (Help → About shows it too):</source>
        <translation>El catálogo, sus copias de seguridad y su configuración están en esta carpeta (Ayuda → Acerca de también la muestra):</translation>
    </message>
    <message>
        <source>Got it, don&apos;t show this again</source>
        <translation>Entendido, no volver a mostrar</translation>
    </message>
</context>
</TS>
