<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CategoryEditor</name>
    <message numerus="yes">
        <source>Delete the category “{name}” and its %n subcategories?</source>
        <translation>
            <numerusform>Delete the category “{name}” and its subcategory?</numerusform>
            <numerusform>Delete the category “{name}” and its %n subcategories?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln resources. Resources are never deleted with a category: move them to the parent category, or only take them out of this one (a resource in no other category is then in none).</source>
        <translation>
            <numerusform>It holds %Ln resource. Resources are never deleted with a category: move it to the parent category, or only take it out of this one (if it is in no other category, it is then in none).</numerusform>
            <numerusform>It holds %Ln resources. Resources are never deleted with a category: move them to the parent category, or only take them out of this one (a resource in no other category is then in none).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %Ln resources to “{name}”</source>
        <translation>
            <numerusform>move %Ln resource to “{name}”</numerusform>
            <numerusform>move %Ln resources to “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %Ln resources to “{name}”</source>
        <translation>
            <numerusform>add %Ln resource to “{name}”</numerusform>
            <numerusform>add %Ln resources to “{name}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CuratorController</name>
    <message numerus="yes">
        <source>delete %Ln resources</source>
        <translation>
            <numerusform>delete %Ln resource</numerusform>
            <numerusform>delete %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n resources?</source>
        <translation>
            <numerusform>Delete this resource?</numerusform>
            <numerusform>Delete these %n resources?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln resources?</source>
        <translation>
            <numerusform>Delete %Ln resource?</numerusform>
            <numerusform>Delete %Ln resources?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message numerus="yes">
        <source>Export %Ln resources</source>
        <translation>
            <numerusform>Export %Ln resource</numerusform>
            <numerusform>Export %Ln resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln resources to {name}…</source>
        <translation>
            <numerusform>Exporting %Ln resource to {name}…</numerusform>
            <numerusform>Exporting %Ln resources to {name}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln resources to {name}.</source>
        <translation>
            <numerusform>Exported %Ln resource to {name}.</numerusform>
            <numerusform>Exported %Ln resources to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cells that began like a formula got a leading apostrophe.</source>
        <translation>
            <numerusform>%Ln cell that began like a formula got a leading apostrophe.</numerusform>
            <numerusform>%Ln cells that began like a formula got a leading apostrophe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected resources (%Ln)</source>
        <translation>
            <numerusform>&amp;Selected resources (%Ln)</numerusform>
            <numerusform>&amp;Selected resources (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All resources s&amp;hown (%Ln)</source>
        <translation>
            <numerusform>All resources s&amp;hown (%Ln)</numerusform>
            <numerusform>All resources s&amp;hown (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln to add</source>
        <translation>
            <numerusform>%Ln to add</numerusform>
            <numerusform>%Ln to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rejected</numerusform>
            <numerusform>%Ln rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New (%Ln)</source>
        <translation>
            <numerusform>&amp;New (%Ln)</numerusform>
            <numerusform>&amp;New (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Already in the library (%Ln)</source>
        <translation>
            <numerusform>&amp;Already in the library (%Ln)</numerusform>
            <numerusform>&amp;Already in the library (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Rejected (%Ln)</source>
        <translation>
            <numerusform>&amp;Rejected (%Ln)</numerusform>
            <numerusform>&amp;Rejected (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{shown} of %Ln resources</source>
        <translation>
            <numerusform>{shown} of %Ln resource</numerusform>
            <numerusform>{shown} of %Ln resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message numerus="yes">
        <source>The library already has %n resources like this one:</source>
        <translation>
            <numerusform>The library already has %n resource like this one:</numerusform>
            <numerusform>The library already has %n resources like this one:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <source>%n types</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
</context>
</TS>
