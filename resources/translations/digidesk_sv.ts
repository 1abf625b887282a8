<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddRowDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="37"/>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="59"/>
        <source>e.g. 2024, 2024-03 or 2024K1</source>
        <translation>t.ex. 2024, 2024-03 eller 2024K1</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="65"/>
        <source>empty for a missing value</source>
        <translation>tomt för ett saknat värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="74"/>
        <source>&amp;Indicator</source>
        <translation>&amp;Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="75"/>
        <source>&amp;Area</source>
        <translation>&amp;Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="76"/>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="77"/>
        <source>&amp;Gender</source>
        <translation>&amp;Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="78"/>
        <source>&amp;Value</source>
        <translation>&amp;Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="102"/>
        <source>Choose an area from the list.</source>
        <translation>Välj ett område i listan.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="104"/>
        <source>“{text}” is not a period.</source>
        <translation>”{text}” är ingen period.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="106"/>
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
</context>
<context>
    <name>AreaGroupView</name>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="35"/>
        <source>Code</source>
        <extracomment>the selected members changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="36"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="37"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="38"/>
        <source>County</source>
        <translation>Län/fylke</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="39"/>
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="40"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="47"/>
        <source>Members of the group</source>
        <translation>Gruppens medlemmar</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="38"/>
        <source>Add a kommun: type its name or code</source>
        <translation>Lägg till kommun: skriv namn eller kod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="41"/>
        <source>Add an area to the comparison</source>
        <translation>Lägg till ett område i jämförelsen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="50"/>
        <source>Award nominees</source>
        <translation>Nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="51"/>
        <source>Compare the nominees of the workspace&apos;s award</source>
        <translation>Jämför de nominerade till arbetsytans utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="54"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="55"/>
        <source>Compare the members of an area group</source>
        <translation>Jämför kommunerna i en områdesgrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="58"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="59"/>
        <source>Remove every area from the comparison</source>
        <translation>Ta bort alla områden ur jämförelsen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="61"/>
        <source>Save as group…</source>
        <translation>Spara som grupp…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="62"/>
        <source>Keep these areas as an area group in the workspace</source>
        <translation>Spara områdena som en områdesgrupp i arbetsytan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="74"/>
        <source>Areas:</source>
        <translation>Områden:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="173"/>
        <source>Remove {name} from the comparison</source>
        <extracomment>placed by the view in its bar of options, which wraps in a narrow window</extracomment>
        <translation>Ta bort {name} ur jämförelsen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="174"/>
        <source>Remove {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
</context>
<context>
    <name>AwardView</name>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="114"/>
        <source>{name} — winner</source>
        <translation>{name} — vinnare</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="122"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="122"/>
        <source>weight</source>
        <translation>vikt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="53"/>
        <source>Compare nominees</source>
        <translation>Jämför nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="55"/>
        <source>See where the nominees stand among all kommuner, indicator by indicator</source>
        <translation>Se var de nominerade står bland alla kommuner, indikator för indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="59"/>
        <location filename="../../digidesk/qt/views/award_view.py" line="87"/>
        <source>Nominees</source>
        <translation>Nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="63"/>
        <source>Set-up</source>
        <translation>Upplägg</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="64"/>
        <source>Scoring</source>
        <translation>Poängsättning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="65"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="141"/>
        <source>Jury’s motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="141"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>CellOperations</name>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="75"/>
        <source>The copied block has {rows} rows, but only {room} rows are below the current cell. Nothing was pasted.</source>
        <translation>Det kopierade blocket har {rows} rader, men bara {room} rader finns från den markerade cellen och nedåt. Inget klistrades in.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="80"/>
        <source>The copied block has {columns} columns, but only {room} columns are to the right of the current cell. Nothing was pasted.</source>
        <translation>Det kopierade blocket har {columns} kolumner, men bara {room} kolumner finns från den markerade cellen och åt höger. Inget klistrades in.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="98"/>
        <source>Select the cell to copy and the cells below it to fill down.</source>
        <translation>Markera cellen som ska kopieras och cellerna under den för att fylla nedåt.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="123"/>
        <source>Only values can be changed; “{column}” is not a value column.</source>
        <translation>Bara värden kan ändras; ”{column}” är ingen värdekolumn.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="127"/>
        <source>“{text}” is not a number. Nothing was changed.</source>
        <translation>”{text}” är inget tal. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../../digidesk/qt/chart_dock.py" line="22"/>
        <location filename="../../digidesk/qt/chart_dock.py" line="49"/>
        <source>Chart</source>
        <extracomment>a sentence for the status bar (&quot;Saved chart.png&quot;)</extracomment>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="71"/>
        <source>Ranking of all kommuner</source>
        <extracomment>A chart taller than this (inches) is shown at its own height and scrolls.</extracomment>
        <translation>Placering bland alla kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="72"/>
        <source>Over time</source>
        <translation>Över tid</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="73"/>
        <source>Two indicators</source>
        <translation>Två indikatorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="74"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="75"/>
        <source>Small multiples</source>
        <translation>Flera indikatorer sida vid sida</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="78"/>
        <source>What kind of chart to draw</source>
        <translation>Vilket slags diagram som ritas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="79"/>
        <source>Chart kind</source>
        <translation>Diagramtyp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="82"/>
        <source>The indicator on the vertical axis</source>
        <translation>Indikatorn på den lodräta axeln</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="83"/>
        <source>Second indicator</source>
        <translation>Andra indikatorn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="85"/>
        <source>All kommuner</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="87"/>
        <source>Show every kommun instead of the best and worst ten and your selection</source>
        <translation>Visa varje kommun i stället för de tio bästa och sämsta och dina valda</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="90"/>
        <source>Women and men</source>
        <translation>Kvinnor och män</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="92"/>
        <source>Size by population</source>
        <translation>Storlek efter folkmängd</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="94"/>
        <source>As bars</source>
        <translation>Som staplar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="95"/>
        <source>Parallel bars instead of a radar</source>
        <translation>Staplar bredvid varandra i stället för ett radardiagram</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="98"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="99"/>
        <source>Save the chart as a picture or document, or copy it</source>
        <translation>Spara diagrammet som bild eller dokument, eller kopiera det</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="102"/>
        <source>Save as &amp;PNG…</source>
        <translation>Spara som &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="103"/>
        <source>Save as &amp;SVG…</source>
        <translation>Spara som &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="104"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="105"/>
        <source>Save in an &amp;Excel workbook…</source>
        <translation>Spara i en &amp;Excel-arbetsbok…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="107"/>
        <source>&amp;Copy as a picture</source>
        <translation>&amp;Kopiera som bild</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="110"/>
        <source>Select areas in a table or the comparison to see them in a chart.</source>
        <translation>Markera områden i en tabell eller i jämförelsen för att se dem i ett diagram.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="304"/>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="355"/>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="385"/>
        <source>There is no chart to save yet.</source>
        <translation>Det finns inget diagram att spara än.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="360"/>
        <source>Save as PNG</source>
        <translation>Spara som PNG</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="360"/>
        <source>Resolution (dots per inch):</source>
        <translation>Upplösning (punkter per tum):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="366"/>
        <source>Save the chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="381"/>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="407"/>
        <source>Saved {name}</source>
        <translation>Sparade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="390"/>
        <source>Save the chart in a workbook</source>
        <translation>Spara diagrammet i en arbetsbok</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="392"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="413"/>
        <source>Copied the chart.</source>
        <translation>Diagrammet är kopierat.</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="61"/>
        <source>Search…</source>
        <extracomment>Typing in a value limit pauses this long (ms) before ``changed``: one filter per number. Picker kinds, in the order of their buttons, and the RowFilter field each one fills.</extracomment>
        <translation>Sök…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="63"/>
        <source>Search the choices</source>
        <translation>Sök bland valen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="76"/>
        <source>Select all</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="77"/>
        <source>Check every item the search shows</source>
        <translation>Bocka i alla poster som sökningen visar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="79"/>
        <source>Select none</source>
        <translation>Markera inga</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="81"/>
        <source>Uncheck every item the search shows; hidden items keep their state</source>
        <translation>Bocka ur alla poster som sökningen visar; dolda poster behåller sitt val</translation>
    </message>
</context>
<context>
    <name>ColumnRoleModel</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="46"/>
        <source>Add dataset “{name}”</source>
        <translation>Lägg till datamängd ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="47"/>
        <source>Remove dataset</source>
        <translation>Ta bort datamängd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="36"/>
        <source>Edit %n value(s)</source>
        <translation>
            <numerusform>Ändra %n värde</numerusform>
            <numerusform>Ändra %n värden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="31"/>
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Klistra in %n värde</numerusform>
            <numerusform>Klistra in %n värden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="33"/>
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Fyll nedåt %n cell</numerusform>
            <numerusform>Fyll nedåt %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="35"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Töm %n cell</numerusform>
            <numerusform>Töm %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="38"/>
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Lägg till %n rad</numerusform>
            <numerusform>Lägg till %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="40"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Ta bort %n rad</numerusform>
            <numerusform>Ta bort %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="42"/>
        <source>Score %n cell(s)</source>
        <translation>
            <numerusform>Sätt poäng i %n cell</numerusform>
            <numerusform>Sätt poäng i %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="44"/>
        <source>Import %n juror sheet(s)</source>
        <translation>
            <numerusform>Importera %n jurybedömningsfil</numerusform>
            <numerusform>Importera %n jurybedömningsfiler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="48"/>
        <location filename="../../digidesk/qt/document.py" line="69"/>
        <source>Edit strategy</source>
        <translation>Ändra strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="49"/>
        <source>Edit award</source>
        <translation>Ändra utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="50"/>
        <source>Rename workspace</source>
        <translation>Byt namn på arbetsytan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="51"/>
        <source>Add area group “{name}”</source>
        <translation>Lägg till områdesgruppen ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="52"/>
        <source>Remove area group</source>
        <translation>Ta bort områdesgrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="53"/>
        <source>Add criterion “{name}”</source>
        <translation>Lägg till kriteriet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="54"/>
        <source>Edit criterion “{name}”</source>
        <translation>Ändra kriteriet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="55"/>
        <source>Remove criterion</source>
        <translation>Ta bort kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="56"/>
        <source>Add nominee “{name}”</source>
        <translation>Lägg till nominerad ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="57"/>
        <source>Edit nominee “{name}”</source>
        <translation>Ändra nominerad ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="58"/>
        <source>Remove nominee</source>
        <translation>Ta bort nominerad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="59"/>
        <source>Add juror “{name}”</source>
        <translation>Lägg till jurymedlem ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="60"/>
        <source>Rename juror “{name}”</source>
        <translation>Byt namn på jurymedlem ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="61"/>
        <source>Remove juror</source>
        <translation>Ta bort jurymedlem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="62"/>
        <source>Declare or withdraw a conflict of interest</source>
        <translation>Anmäl eller återkalla jäv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="63"/>
        <source>Lock scoring</source>
        <translation>Lås poängsättningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="64"/>
        <source>Unlock scoring</source>
        <translation>Lås upp poängsättningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="65"/>
        <source>Choose the criteria scored from data</source>
        <translation>Välj kriterier som poängsätts från data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="66"/>
        <source>Choose the aggregation method</source>
        <translation>Välj sammanvägningsmetod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="67"/>
        <source>Add strategy “{name}”</source>
        <translation>Lägg till strategin ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="68"/>
        <source>Remove strategy</source>
        <translation>Ta bort strategin</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="70"/>
        <source>Add goal “{name}”</source>
        <translation>Lägg till målet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="71"/>
        <source>Delete goal</source>
        <translation>Ta bort mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="72"/>
        <source>Move goal</source>
        <translation>Flytta mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="73"/>
        <source>Rename “{name}”</source>
        <translation>Byt namn till ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="74"/>
        <source>Add development area “{name}”</source>
        <translation>Lägg till utvecklingsområdet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="75"/>
        <source>Delete development area</source>
        <translation>Ta bort utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="76"/>
        <source>Move development area</source>
        <translation>Flytta utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="77"/>
        <source>Add target {node_id}</source>
        <translation>Lägg till mätbar uppföljning {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="78"/>
        <source>Delete target {node_id}</source>
        <translation>Ta bort mätbar uppföljning {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="79"/>
        <source>Move target {node_id}</source>
        <translation>Flytta mätbar uppföljning {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="83"/>
        <source>Link target {node_id} to data</source>
        <translation>Koppla {node_id} till data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="84"/>
        <source>Set the status of target {node_id}</source>
        <translation>Sätt status för {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="85"/>
        <source>Comment target {node_id}</source>
        <translation>Kommentera {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="86"/>
        <source>Edit target {node_id}</source>
        <translation>Ändra mätbar uppföljning {node_id}</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="120"/>
        <source>no peer group</source>
        <translation>ingen jämförelsegrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="134"/>
        <source>No data for this area and indicator</source>
        <translation>Inga uppgifter för området och indikatorn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="144"/>
        <source>no direction: ranked from high to low</source>
        <translation>ingen riktning: rangordnas från högt till lågt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="146"/>
        <source>lower is better</source>
        <translation>lägre är bättre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="148"/>
        <source>higher is better</source>
        <translation>högre är bättre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="164"/>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="165"/>
        <source>computed, population-weighted</source>
        <translation>beräknat, befolkningsviktat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="166"/>
        <source>computed, unweighted mean</source>
        <translation>beräknat, ovägt medel</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="167"/>
        <source>computed, sum of kommuner</source>
        <translation>beräknat, summa av kommunerna</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="168"/>
        <source>too few kommuner with a value</source>
        <translation>för få kommuner med värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="170"/>
        <source>National value, {note}</source>
        <translation>Rikets värde, {note}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="172"/>
        <source>Median of the {count} kommuner with a value</source>
        <translation>Median för de {count} kommuner som har ett värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="178"/>
        <source>No value for {period} (marked “{marker}” in the source)</source>
        <translation>Inget värde för {period} (markerat ”{marker}” i källan)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="185"/>
        <source>{value} in {period}</source>
        <translation>{value} år {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="188"/>
        <source>Found under the code {code}, which the kommune had then (register&apos;s crosswalk)</source>
        <translation>Hittat under koden {code}, som kommunen hade då (registrets kodnyckel)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="191"/>
        <source>best</source>
        <translation>bäst</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="193"/>
        <source>Best of the areas compared</source>
        <translation>Bäst av de jämförda områdena</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="195"/>
        <source>worst</source>
        <translation>sämst</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="197"/>
        <source>Worst of the areas compared</source>
        <translation>Sämst av de jämförda områdena</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="203"/>
        <source>not ranked</source>
        <translation>inte rangordnad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="205"/>
        <source>Only kommuner are ranked</source>
        <translation>Bara kommuner rangordnas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="207"/>
        <source>No value to rank</source>
        <translation>Inget värde att rangordna</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="211"/>
        <source>percentile {p}</source>
        <translation>percentil {p}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="213"/>
        <source>Rank {rank} of {ranked} kommuner with a value; better than or equal to {p} % of the others</source>
        <translation>Plats {rank} av {ranked} kommuner med värde; lika bra som eller bättre än {p} % av de övriga</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="217"/>
        <source>Other kommuner have the same value and share the rank.</source>
        <translation>Andra kommuner har samma värde och delar placeringen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="219"/>
        <source>Rank in {period}: {rank}</source>
        <translation>Placering {period}: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="273"/>
        <source>Trend over {count} periods: {slope} per year</source>
        <translation>Trend över {count} perioder: {slope} per år</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="363"/>
        <source>vs group / national</source>
        <translation>Mot gruppen / riket</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="365"/>
        <source>vs national / median</source>
        <translation>Mot riket / median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="228"/>
        <source>In {group}: {rank}</source>
        <translation>I {group}: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="229"/>
        <source>Among all kommuner: {rank}</source>
        <translation>Bland alla kommuner: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="231"/>
        <source>{rank} nationally</source>
        <translation>{rank} i riket</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="242"/>
        <source>vs group median</source>
        <translation>mot gruppens median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="243"/>
        <location filename="../../digidesk/qt/models/compare_model.py" line="245"/>
        <source>vs national</source>
        <translation>mot riket</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="245"/>
        <source>vs median</source>
        <translation>mot median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="262"/>
        <source>The kommune was merged or split since {period}</source>
        <translation>Kommunen har slagits samman eller delats sedan {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="266"/>
        <source>No value for an earlier period</source>
        <translation>Inget värde för en tidigare period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="268"/>
        <source>since {period}</source>
        <translation>sedan {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="269"/>
        <source>{period}: {value}</source>
        <translation>{period}: {value}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="278"/>
        <source>Compared with code {code} through the register&apos;s crosswalk</source>
        <translation>Jämfört med kod {code} genom registrets kodnyckel</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="314"/>
        <source>{value} pp</source>
        <translation>{value} p.e.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="358"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="359"/>
        <source>National</source>
        <translation>Riket</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="360"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="361"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="362"/>
        <source>Rank in group</source>
        <translation>Placering i gruppen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="362"/>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="366"/>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="79"/>
        <source>Choose the indicators to compare</source>
        <extracomment>Observations from which the comparison is computed off the GUI thread. the areas or the current indicator changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Välj indikatorerna att jämföra</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="84"/>
        <source>All indicators of a dataset</source>
        <translation>Alla indikatorer i en datamängd</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="89"/>
        <source>The period compared; by default each indicator&apos;s latest</source>
        <translation>Perioden som jämförs; annars varje indikators senaste</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="95"/>
        <source>Values and ranks only</source>
        <translation>Bara värden och placeringar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="97"/>
        <source>Hide the differences and changes, so that more areas fit side by side</source>
        <translation>Dölj skillnader och förändringar, så att fler områden får plats bredvid varandra</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="100"/>
        <source>Against peer group</source>
        <translation>Mot jämförelsegrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="103"/>
        <source>Place each area among its own peers: the median and rank within its group (with regard to the municipality&apos;s prerequisites)</source>
        <translation>Placera varje område bland sina likar: medianen och placeringen i den egna gruppen (med hänsyn till kommunens förutsättningar)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="109"/>
        <source>Which peer group each area is compared with</source>
        <translation>Vilken jämförelsegrupp varje område jämförs med</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="115"/>
        <source>Similar kommuner…</source>
        <translation>Liknande kommuner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="117"/>
        <source>Find the kommuner most like the first area on indicators you weight</source>
        <translation>Hitta de kommuner som mest liknar det första området, på indikatorer som du viktar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="120"/>
        <source>Copy table</source>
        <translation>Kopiera tabellen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="121"/>
        <source>Copy the whole comparison for Excel (Ctrl+Shift+C)</source>
        <translation>Kopiera hela jämförelsen till Excel (Ctrl+Skift+C)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="123"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="124"/>
        <source>Save the comparison as an Excel workbook</source>
        <translation>Spara jämförelsen som Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="133"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="134"/>
        <source>Gender:</source>
        <translation>Kön:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="146"/>
        <source>Comparison</source>
        <translation>Jämförelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="154"/>
        <source>▲ better and ▼ worse, by the indicator&apos;s direction (top and bottom third for ranks) · ★ best and ☆ worst of the areas compared · rank 1 is the best of all kommuner of the country with a value; a shared rank means equal values</source>
        <translation>▲ bättre och ▼ sämre, efter indikatorns riktning (bästa och sämsta tredjedelen för placeringar) · ★ bäst och ☆ sämst av de jämförda · placering 1 är bäst av landets kommuner med värde; en delad placering betyder lika värden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="219"/>
        <source>Latest with values</source>
        <translation>Senaste med värden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="229"/>
        <source>Kommungrupp (SKR 2023; Norway: size class)</source>
        <translation>Kommungrupp (SKR 2023; Norge: storleksklass)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="230"/>
        <source>Kommungrupp 2017 (SKR)</source>
        <translation>Kommungrupp 2017 (SKR)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="231"/>
        <source>Same county</source>
        <translation>Samma län</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="233"/>
        <source>Group: {name}</source>
        <translation>Grupp: {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="247"/>
        <source>Indicators: {chosen} of {total}</source>
        <translation>Indikatorer: {chosen} av {total}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="275"/>
        <source>The workspace has no award with nominees.</source>
        <translation>Arbetsytan har ingen utmärkelse med nominerade.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="288"/>
        <source>Save as area group</source>
        <translation>Spara som områdesgrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="288"/>
        <source>Name of the group:</source>
        <translation>Gruppens namn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="304"/>
        <source>Saved the group “{name}”.</source>
        <translation>Sparade gruppen ”{name}”.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="328"/>
        <source>Choose the areas to compare: type a kommun&apos;s name or code above, or take the award&apos;s nominees.</source>
        <translation>Välj områdena att jämföra: skriv en kommuns namn eller kod ovan, eller ta utmärkelsens nominerade.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="382"/>
        <source>{count} figures of “{indicator}” differ between datasets; the first dataset&apos;s are shown.</source>
        <translation>{count} värden för ”{indicator}” skiljer sig mellan datamängderna; den första datamängdens visas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="389"/>
        <source>Some changes compare a Norwegian kommune with its earlier code, through the register&apos;s crosswalk.</source>
        <translation>Några förändringar jämför en norsk kommun med dess tidigare kod, genom registrets kodnyckel.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="394"/>
        <source>The workspace holds no figures for these areas&apos; countries.</source>
        <translation>Arbetsytan har inga uppgifter för de här områdenas land.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="408"/>
        <source>The comparison failed: {error}</source>
        <translation>Jämförelsen misslyckades: {error}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="443"/>
        <source>Copied the comparison.</source>
        <translation>Jämförelsen är kopierad.</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="28"/>
        <source>Choose areas to compare first.</source>
        <translation>Välj först områden att jämföra.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="33"/>
        <source>Export the comparison</source>
        <translation>Exportera jämförelsen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="34"/>
        <source>Comparison.xlsx</source>
        <translation>Jämförelse.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="61"/>
        <source>Exported {name}</source>
        <translation>Exporterade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="71"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="72"/>
        <source>“{name}” could not be written.</source>
        <translation>”{name}” kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="114"/>
        <source>DigiDesk ran into a problem</source>
        <translation>DigiDesk stötte på ett problem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="117"/>
        <source>Something went wrong that DigiDesk did not expect. Your work is still open, and you can go on working; saving it now is a good idea.</source>
        <translation>Något gick fel som DigiDesk inte räknade med. Ditt arbete är fortfarande öppet och du kan fortsätta arbeta, men spara gärna nu.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="122"/>
        <source>The details are in the log:
{path}</source>
        <translation>Detaljerna finns i loggen:
{path}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="125"/>
        <source>Save a recovery copy now</source>
        <translation>Spara en återställningskopia nu</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="126"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="127"/>
        <source>Quit DigiDesk</source>
        <translation>Avsluta DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="101"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="102"/>
        <source>A recovery copy was written; DigiDesk offers it at its next start.</source>
        <translation>En återställningskopia är sparad; DigiDesk erbjuder den nästa gång programmet startar.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="104"/>
        <source>There was nothing unsaved to write, or the copy could not be made.</source>
        <translation>Det fanns inget osparat att spara, eller så kunde kopian inte göras.</translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Scale from</source>
        <translation>Skala från</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Scale to</source>
        <translation>Skala till</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Linked indicator</source>
        <translation>Kopplad indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Better is</source>
        <translation>Bäst är</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="120"/>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="152"/>
        <source>higher</source>
        <translation>högt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="120"/>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="152"/>
        <source>lower</source>
        <translation>lågt</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="96"/>
        <source>Filter by area, code or indicator…</source>
        <extracomment>Typing pauses this long (ms) before the filter runs: one filter per word, not per key. Rows whose texts fit the pivot&apos;s column widths (the rest are cut with &quot;…&quot; if wider). The shapes offered, in the order of the shape box: None is the long table. (rows shown, observations in the dataset) True while a sort, filter or pivot is computed in the background the selection changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Filtrera på område, kod eller indikator…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="98"/>
        <source>Filter the rows</source>
        <translation>Filtrera raderna</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="110"/>
        <source>Long table</source>
        <translation>Lång tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="111"/>
        <source>Pivot: indicators as columns</source>
        <translation>Pivot: indikatorer som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="112"/>
        <source>Pivot: periods as columns</source>
        <translation>Pivot: perioder som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="113"/>
        <source>Pivot: genders as columns</source>
        <translation>Pivot: kön som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="116"/>
        <source>Show one row per observation, or areas as rows</source>
        <translation>Visa en rad per observation, eller områden som rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="120"/>
        <source>Observations</source>
        <translation>Värden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="124"/>
        <source>Table by indicator or period</source>
        <translation>Tabell per indikator eller period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="250"/>
        <source>{count} observations share a cell with another one; the pivot shows the first of each. The long table shows them all.</source>
        <translation>{count} observationer delar cell med en annan; pivottabellen visar den första av varje. Den långa tabellen visar alla.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="365"/>
        <source>Sort ascending</source>
        <translation>Sortera stigande</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="367"/>
        <source>Sort descending</source>
        <translation>Sortera fallande</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="372"/>
        <source>Hide column</source>
        <translation>Dölj kolumn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="374"/>
        <source>Show all columns</source>
        <translation>Visa alla kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="379"/>
        <source>Filter…</source>
        <translation>Filtrera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="385"/>
        <source>Filter by value range…</source>
        <translation>Filtrera på värdeintervall…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="389"/>
        <source>Only missing values</source>
        <translation>Bara saknade värden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="464"/>
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="469"/>
        <source>An observation with these keys already existed; its value was changed.</source>
        <translation>Det fanns redan en observation med samma nycklar; dess värde ändrades.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="475"/>
        <source>Rows can be deleted in the long table.</source>
        <translation>Rader tas bort i den långa tabellen.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="37"/>
        <source>Copy with &amp;headers</source>
        <translation>Kopiera med &amp;rubriker</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="38"/>
        <source>Fill &amp;down</source>
        <translation>Fyll &amp;nedåt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="39"/>
        <source>C&amp;lear cells</source>
        <translation>&amp;Töm celler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="40"/>
        <source>&amp;Add row…</source>
        <translation>&amp;Lägg till rad…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="41"/>
        <source>De&amp;lete rows</source>
        <translation>Ta &amp;bort rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="45"/>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="105"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="108"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;öppnad&gt;</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../digidesk/qt/error_text.py" line="23"/>
        <source>DigiDesk ran into an internal error ({kind}) and stopped this task; nothing was changed. Please report it with a copy of the file if you can.</source>
        <translation>DigiDesk stötte på ett internt fel ({kind}) och avbröt uppgiften; ingenting ändrades. Rapportera gärna felet, med en kopia av filen om du kan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="82"/>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="127"/>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="178"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="87"/>
        <source>The table as shown: “{name}” (filtered, sorted, long or pivoted)</source>
        <translation>Tabellen som den visas: ”{name}” (filtrerad, sorterad, lång eller pivoterad)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="93"/>
        <source>The whole workspace: every dataset, indicators, areas, strategy and awards</source>
        <translation>Hela arbetsytan: alla datamängder, indikatorer, områden, strategi och utmärkelser</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="99"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbetsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="100"/>
        <source>CSV text file (.csv)</source>
        <translation>CSV-textfil (.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="107"/>
        <source>For Swedish and Norwegian Excel (semicolon, decimal comma)</source>
        <translation>För svenskt och norskt Excel (semikolon, decimalkomma)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="109"/>
        <source>Standard (comma, decimal point)</source>
        <translation>Standard (kommatecken, decimalpunkt)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="114"/>
        <source>Excel and LibreOffice read codes such as 0180 in a CSV file as numbers and drop the leading zero; an Excel workbook keeps them as text.</source>
        <translation>Excel och LibreOffice läser koder som 0180 i en CSV-fil som tal och tappar nollan först; en Excel-arbetsbok behåller dem som text.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="122"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="142"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="143"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="144"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="174"/>
        <source>CSV text file (*.csv)</source>
        <translation>CSV-textfil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../digidesk/qt/files.py" line="116"/>
        <location filename="../../digidesk/qt/files.py" line="230"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="128"/>
        <source>Opening the demo workspace…</source>
        <translation>Öppnar demoarbetsytan…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="131"/>
        <source>The demo could not be opened.</source>
        <translation>Demoarbetsytan kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="162"/>
        <location filename="../../digidesk/qt/files.py" line="258"/>
        <source>Spreadsheets and tables ({patterns})</source>
        <translation>Kalkylark och tabeller ({patterns})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="164"/>
        <location filename="../../digidesk/qt/files.py" line="260"/>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="287"/>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="288"/>
        <source>“{name}” could not be opened.</source>
        <translation>”{name}” kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="158"/>
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="183"/>
        <source>Save workspace</source>
        <translation>Spara arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="160"/>
        <location filename="../../digidesk/qt/files.py" line="185"/>
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbetsytor (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="110"/>
        <source>Cancelling…</source>
        <extracomment>percent done of the running export (from its worker thread, delivered queued)</extracomment>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="245"/>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="223"/>
        <location filename="../../digidesk/qt/files.py" line="248"/>
        <source>“{name}” could not be saved.</source>
        <translation>”{name}” kunde inte sparas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="256"/>
        <source>Import table</source>
        <translation>Importera tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="290"/>
        <location filename="../../digidesk/qt/files.py" line="354"/>
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="291"/>
        <source>“{name}” could not be imported.</source>
        <translation>”{name}” kunde inte importeras.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="372"/>
        <source>Import “{name}”</source>
        <translation>Importera ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="476"/>
        <source>Exporting {name}…</source>
        <translation>Exporterar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="472"/>
        <location filename="../../digidesk/qt/files.py" line="479"/>
        <source>“{name}” could not be exported.</source>
        <translation>”{name}” kunde inte exporteras.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="50"/>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="53"/>
        <source>The file is open elsewhere</source>
        <translation>Filen är öppen på annat håll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="55"/>
        <source>“{name}” seems to be open in {program} ({who}).</source>
        <translation>”{name}” verkar vara öppen i {program} ({who}).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="61"/>
        <source>Open it read-only to look without changing it, open a copy to work on your own, or open it anyway if you know it is no longer in use.</source>
        <translation>Öppna den skrivskyddad för att titta utan att ändra, öppna en kopia för att arbeta på egen hand, eller öppna den ändå om du vet att den inte längre används.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="65"/>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="66"/>
        <source>Open a &amp;copy</source>
        <translation>Öppna en &amp;kopia</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="67"/>
        <source>Open &amp;anyway</source>
        <translation>Öppna &amp;ändå</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="92"/>
        <source>The file has changed</source>
        <translation>Filen har ändrats</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="94"/>
        <source>“{name}” was changed by another program since DigiDesk opened it.</source>
        <translation>”{name}” har ändrats av ett annat program sedan DigiDesk öppnade den.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="99"/>
        <source>Saving over it replaces those changes; Save As keeps both.</source>
        <translation>Om du sparar över den ersätts de ändringarna; Spara som behåller båda.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="101"/>
        <source>Save &amp;over it</source>
        <translation>Spara ö&amp;ver den</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="102"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="199"/>
        <source>Areas</source>
        <extracomment>The conditions changed: pickers when their popup closes, limits after a typing pause.</extracomment>
        <translation>Områden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="200"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="201"/>
        <source>Periods</source>
        <translation>Perioder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="202"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="225"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="226"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="226"/>
        <source>Lowest value to show</source>
        <translation>Lägsta värde som visas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="229"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="229"/>
        <source>Highest value to show</source>
        <translation>Högsta värde som visas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="231"/>
        <source>Only missing</source>
        <translation>Bara saknade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="232"/>
        <source>Show only rows without a value</source>
        <translation>Visa bara rader utan värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="235"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="318"/>
        <source>“{text}” is not a number, so it does not filter. Write e.g. 1 234,5.</source>
        <translation>”{text}” är inget tal och filtrerar därför inte. Skriv t.ex. 1 234,5.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="336"/>
        <source>{kind}: all</source>
        <translation>{kind}: alla</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="338"/>
        <source>{kind}: none</source>
        <translation>{kind}: inga</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="340"/>
        <source>{kind}: {name}</source>
        <translation>{kind}: {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="343"/>
        <source>{kind}: {checked} of {total}</source>
        <translation>{kind}: {checked} av {total}</translation>
    </message>
</context>
<context>
    <name>ImportWarnings</name>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="52"/>
        <source>This table has no value column: choose the column that holds the figures.</source>
        <translation>Tabellen har ingen värdekolumn: välj den kolumn som innehåller siffrorna.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="56"/>
        <source>The preview could not be made: {error}</source>
        <translation>Förhandsvisningen kunde inte göras: {error}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="62"/>
        <source>Column roles restored from your last import of a table like this one.</source>
        <translation>Kolumnernas roller är hämtade från din senaste import av en likadan tabell.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="68"/>
        <source>Note in the file: {text}</source>
        <translation>Anmärkning i filen: {text}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="72"/>
        <source>Notes in the file</source>
        <translation>Anmärkningar i filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="77"/>
        <source>Some characters could not be read and were replaced.</source>
        <translation>Några tecken kunde inte läsas och har ersatts.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="79"/>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>Filen innehöll NUL-tecken; de har tagits bort.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="81"/>
        <source>A quotation mark is not closed: the rows after it may be wrong.</source>
        <translation>Ett citattecken är inte avslutat: raderna efter det kan vara fel.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="88"/>
        <source>Hidden sheets were not read: {names}</source>
        <translation>Dolda blad lästes inte: {names}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="94"/>
        <source>Nothing to check.</source>
        <translation>Inget att kontrollera.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="104"/>
        <source>“{name}”</source>
        <translation>”{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="109"/>
        <source>%n name(s) could not be matched to the area register: {names}</source>
        <translation>
            <numerusform>%n namn kunde inte kopplas till registret: {names}</numerusform>
            <numerusform>%n namn kunde inte kopplas till registret: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="117"/>
        <source>“{name}”: %n row(s), the first on row {row}</source>
        <translation>
            <numerusform>”{name}”: %n rad, på rad {row}</numerusform>
            <numerusform>”{name}”: %n rader, den första på rad {row}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="126"/>
        <source>%n cell(s) marked “{marker}” are read as missing values.</source>
        <translation>
            <numerusform>%n cell markerad ”{marker}” läses som saknat värde.</numerusform>
            <numerusform>%n celler markerade ”{marker}” läses som saknade värden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="135"/>
        <source>No period: no column holds years or dates.</source>
        <translation>Ingen period: ingen kolumn innehåller år eller datum.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="137"/>
        <source>No area: no column holds municipalities or regions.</source>
        <translation>Inget område: ingen kolumn innehåller kommuner eller regioner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="141"/>
        <source>%n row(s) without figures were left out.</source>
        <translation>
            <numerusform>%n rad utan siffror togs inte med.</numerusform>
            <numerusform>%n rader utan siffror togs inte med.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="51"/>
        <source>Code and name</source>
        <translation>Kod och namn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="52"/>
        <source>Area code</source>
        <translation>Områdeskod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="53"/>
        <source>Area name</source>
        <translation>Områdesnamn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="54"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="55"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="56"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="57"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="58"/>
        <source>Breakdown</source>
        <translation>Uppdelning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="59"/>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="82"/>
        <source>Import table — {name}</source>
        <translation>Importera tabell — {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="124"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="125"/>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="126"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="146"/>
        <source>Tables in the file</source>
        <translation>Tabeller i filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="150"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="152"/>
        <source>Columns and their roles</source>
        <translation>Kolumner och deras roller</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="159"/>
        <source>Header</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="159"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="160"/>
        <source>Title, notes and other rows</source>
        <translation>Titel, anmärkningar och andra rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="179"/>
        <source>The file as read</source>
        <translation>Filen så som den lästes</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="180"/>
        <source>Result preview</source>
        <translation>Förhandsvisning av resultatet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="181"/>
        <source>To check</source>
        <translation>Att kontrollera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="209"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="210"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="235"/>
        <source>no value column</source>
        <translation>ingen värdekolumn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="328"/>
        <source>long table, one value per row</source>
        <translation>lång tabell, ett värde per rad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="329"/>
        <source>wide table, periods as columns</source>
        <translation>bred tabell, perioder som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="330"/>
        <source>wide table, indicators as columns</source>
        <translation>bred tabell, indikatorer som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="331"/>
        <source>wide table, areas as columns</source>
        <translation>bred tabell, områden som kolumner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="335"/>
        <source>No header row</source>
        <translation>Ingen rubrikrad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="337"/>
        <source>Header: row {row}</source>
        <translation>Rubrik: rad {row}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="339"/>
        <source>Header: rows {first}–{last}</source>
        <translation>Rubrik: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="342"/>
        <source>data: rows {first}–{last}</source>
        <translation>data: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="384"/>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="418"/>
        <source>No observations.</source>
        <translation>Inga observationer.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="421"/>
        <source>The first {shown} of {total} observations</source>
        <translation>De första {shown} av {total} observationer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="426"/>
        <source>(from the first {rows} of {all} data rows)</source>
        <translation>(från de första {rows} av {all} datarader)</translation>
    </message>
</context>
<context>
    <name>JurorsModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="196"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="196"/>
        <source>Juror</source>
        <translation>Jurymedlem</translation>
    </message>
</context>
<context>
    <name>JuryImportDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="20"/>
        <source>Import of returned juror sheets</source>
        <translation>Import av inskickade jurybedömningsfiler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="29"/>
        <source>%n sheet(s) can be imported</source>
        <translation>
            <numerusform>%n fil kan importeras</numerusform>
            <numerusform>%n filer kan importeras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="31"/>
        <source>%n score(s) changed since the last import</source>
        <translation>
            <numerusform>%n poäng har ändrats sedan förra importen</numerusform>
            <numerusform>%n poäng har ändrats sedan förra importen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="33"/>
        <source>%n sheet(s) refused</source>
        <translation>
            <numerusform>%n fil avvisad</numerusform>
            <numerusform>%n filer avvisade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="38"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="38"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="41"/>
        <source>imported</source>
        <translation>importeras</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="42"/>
        <source>already imported (the same file)</source>
        <translation>redan importerad (samma fil)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="43"/>
        <source>a sheet for another award</source>
        <translation>en fil för en annan utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="44"/>
        <source>a sheet for a juror this award does not have</source>
        <translation>en fil för en jurymedlem som utmärkelsen inte har</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="45"/>
        <source>the template was changed (rows, columns or its identification): not imported</source>
        <translation>mallen har ändrats (rader, kolumner eller dess identifiering): importeras inte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="47"/>
        <source>not a DigiDesk juror sheet</source>
        <translation>ingen jurybedömningsfil från DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="48"/>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="49"/>
        <source>a second sheet of the same juror in this import</source>
        <translation>ytterligare en fil från samma jurymedlem i den här importen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="52"/>
        <source>not a number</source>
        <translation>inget tal</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="53"/>
        <source>outside the scale</source>
        <translation>utanför skalan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="54"/>
        <source>the juror has a conflict of interest for this nominee</source>
        <translation>jurymedlemmen har jäv för den nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="68"/>
        <source>made before the criteria, nominees or conflicts last changed</source>
        <translation>gjord innan kriterier, nominerade eller jäv senast ändrades</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="72"/>
        <source>cell {cell}</source>
        <translation>cell {cell}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="79"/>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="87"/>
        <source>%n empty cell(s): the scores already entered are kept</source>
        <translation>
            <numerusform>%n tom cell: poängen som redan finns behålls</numerusform>
            <numerusform>%n tomma celler: poängen som redan finns behålls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="93"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>JuryResultsView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="75"/>
        <source>Export protocol…</source>
        <translation>Exportera protokoll…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="76"/>
        <source>The jury protocol as an Excel workbook and a PDF</source>
        <translation>Juryprotokollet som Excel-arbetsbok och PDF</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="78"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="121"/>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="79"/>
        <source>Disagreement (SD)</source>
        <translation>Oenighet (std.avv.)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="79"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="121"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="122"/>
        <source>Wins of 1,000 weightings</source>
        <translation>Vinner av 1 000 viktningar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="82"/>
        <source>Results by every method</source>
        <translation>Resultat med varje metod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="94"/>
        <source>The place by each method is in brackets (“shared” where nominees tie); the winner&apos;s score is in bold. Each juror&apos;s total for a nominee is the weighted mean of the criteria that juror scored. Weighted mean: the mean of the jurors&apos; totals. Normalised per juror: each juror&apos;s scores are first put on a common footing (mean 0, standard deviation 1), so that a strict and a generous juror count alike. Rank points: each juror&apos;s order of the nominees, from 1 point for its first to 0 for its last. Median: the middle total. Disagreement is the standard deviation of the jurors&apos; totals. Conflicts of interest are left out everywhere.</source>
        <translation>Platsen enligt varje metod står inom parentes (”delad” när nominerade har samma poäng); vinnarens poäng är i fetstil. En jurymedlems totalpoäng för en nominerad är det viktade medelvärdet av de kriterier som jurymedlemmen har bedömt. Viktat medelvärde: medelvärdet av jurymedlemmarnas totalpoäng. Normaliserat per jurymedlem: varje jurymedlems poäng görs först jämförbara (medelvärde 0, standardavvikelse 1), så att en sträng och en generös jurymedlem väger lika. Rangpoäng: varje jurymedlems ordning av de nominerade, från 1 poäng för den första till 0 för den sista. Median: den mittersta totalpoängen. Oenighet är standardavvikelsen för jurymedlemmarnas totalpoäng. Poäng där jäv föreligger räknas aldrig.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="108"/>
        <source>Agreement between jurors</source>
        <translation>Samstämmighet mellan jurymedlemmarna</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="112"/>
        <source>Spearman&apos;s ρ between jurors, over the nominees both scored:</source>
        <translation>Spearmans ρ mellan jurymedlemmarna, över de nominerade som båda har bedömt:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="116"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="116"/>
        <source>Share of the weight</source>
        <translation>Andel av vikten</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="117"/>
        <source>Smallest weight change that changes the winner</source>
        <translation>Minsta viktändring som byter vinnare</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="117"/>
        <source>Then wins</source>
        <translation>Då vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="120"/>
        <source>Weight changes that change the winner</source>
        <translation>Viktändringar som ändrar vinnaren</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="131"/>
        <source>All methods</source>
        <translation>Alla metoder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="132"/>
        <source>Agreement</source>
        <translation>Samstämmighet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="133"/>
        <source>Sensitivity</source>
        <translation>Känslighet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="134"/>
        <source>Nominee profile</source>
        <translation>De nominerades profil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="136"/>
        <source>Chosen method:</source>
        <translation>Vald metod:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="149"/>
        <source>Weighted mean</source>
        <translation>Viktat medelvärde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="150"/>
        <source>Normalised per juror (z)</source>
        <translation>Normaliserat per jurymedlem (z)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="151"/>
        <source>Rank points (Borda)</source>
        <translation>Rangpoäng (Borda)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="152"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="189"/>
        <source>{criterion} from data</source>
        <translation>{criterion} från data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="190"/>
        <source>Score “{criterion}” from {indicator} instead of the jurors: min–max over all kommuner of the country, mapped onto the scale</source>
        <translation>Poängsätt ”{criterion}” från {indicator} i stället för av jurymedlemmarna: min–max över landets alla kommuner, omräknat till skalan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="255"/>
        <source>The winner depends on the method. {winners}</source>
        <translation>Vinnaren beror på metoden. {winners}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="259"/>
        <source>Every method names the same winner: {winner}.</source>
        <translation>Alla metoder utser samma vinnare: {winner}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="276"/>
        <source> shared</source>
        <translation> delad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="285"/>
        <source>Standard deviation of the jurors&apos; totals: how much the jurors disagree on this nominee</source>
        <translation>Standardavvikelsen för jurymedlemmarnas totalpoäng: hur oeniga jurymedlemmarna är om den nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="295"/>
        <source>Normalisation unreliable (fewer scores than twice the number of criteria): {jurors}</source>
        <translation>Normaliseringen är osäker (färre poäng än dubbla antalet kriterier): {jurors}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="305"/>
        <source>Kendall&apos;s W: not defined ({count} jurors scored every nominee; it takes 2)</source>
        <translation>Kendalls W: ej definierat ({count} jurymedlemmar har bedömt alla nominerade; det krävs 2)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="309"/>
        <source>Kendall&apos;s W: {w} over the {count} jurors who scored every nominee (1 is full agreement, 0 none)</source>
        <translation>Kendalls W: {w} för de {count} jurymedlemmar som bedömt alla nominerade (1 är full samstämmighet, 0 ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/jury_results.py" line="328"/>
        <source>over %n nominee(s) both scored</source>
        <translation>
            <numerusform>över %n nominerad som båda har bedömt</numerusform>
            <numerusform>över %n nominerade som båda har bedömt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="339"/>
        <source>none, from 0 to 10 times the weight</source>
        <translation>ingen, från 0 till 10 gånger vikten</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="343"/>
        <source>(weight × {factor})</source>
        <translation>(vikten × {factor})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="350"/>
        <source>Each criterion&apos;s weight is changed alone (the others kept, then all renormalised). Below: how often each nominee wins the weighted mean when the weights are drawn 1,000 times around the chosen ones (Dirichlet, concentration 50, fixed seed).</source>
        <translation>Varje kriteriums vikt ändras för sig (de andra behålls och alla normeras om). Nedan: hur ofta varje nominerad vinner det viktade medelvärdet när vikterna slumpas 1 000 gånger kring de valda (Dirichlet, koncentration 50, fast startvärde).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="364"/>
        <source>Export protocol</source>
        <translation>Exportera protokoll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="365"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="403"/>
        <source>Wrote the protocol {name} and {pdf}</source>
        <translation>Protokollet {name} och {pdf} har skrivits</translation>
    </message>
</context>
<context>
    <name>JuryScoringView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="54"/>
        <source>Scores</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="63"/>
        <source>A comment on the chosen score</source>
        <translation>En kommentar till den valda poängen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="73"/>
        <source>✎ the score has a comment (shown below when the cell is chosen) · grey: a declared conflict of interest, no score</source>
        <translation>✎ poängen har en kommentar (visas nedan när cellen väljs) · grå: anmält jäv, ingen poäng</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="76"/>
        <source>Export juror sheets…</source>
        <translation>Exportera jurybedömningsfiler…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="78"/>
        <source>One Excel workbook per juror, to fill in without DigiDesk</source>
        <translation>En Excel-arbetsbok per jurymedlem, att fylla i utan DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="81"/>
        <source>Import returned sheets…</source>
        <translation>Importera inskickade filer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="82"/>
        <source>Read the jurors&apos; filled-in workbooks, all at once</source>
        <translation>Läs in jurymedlemmarnas ifyllda arbetsböcker, alla på en gång</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="86"/>
        <source>Juror:</source>
        <translation>Jurymedlem:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="93"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="123"/>
        <source>Unlock scoring…</source>
        <translation>Lås upp poängsättningen…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="123"/>
        <source>Lock scoring…</source>
        <translation>Lås poängsättningen…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="125"/>
        <source>Scoring is locked: changes need an unlock, which the protocol records.</source>
        <translation>Poängsättningen är låst: för ändringar krävs en upplåsning, som skrivs in i protokollet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="159"/>
        <source>The juror has declared a conflict of interest for this nominee and cannot score it: {reason}</source>
        <translation>Jurymedlemmen har anmält jäv för den nominerade och kan inte sätta poäng: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="178"/>
        <source>Unlock scoring</source>
        <translation>Lås upp poängsättningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="178"/>
        <source>Lock scoring</source>
        <translation>Lås poängsättningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="180"/>
        <source>Why is scoring unlocked? The reason goes into the protocol.</source>
        <translation>Varför låses poängsättningen upp? Skälet skrivs in i protokollet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="181"/>
        <source>Lock the scores for the protocol. Note (optional):</source>
        <translation>Lås poängen inför protokollet. Anteckning (frivillig):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="193"/>
        <source>Folder for the juror sheets</source>
        <translation>Mapp för jurybedömningsfilerna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="230"/>
        <source>Wrote %n juror sheet(s).</source>
        <translation>
            <numerusform>%n jurybedömningsfil har skrivits.</numerusform>
            <numerusform>%n jurybedömningsfiler har skrivits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="242"/>
        <source>Returned juror sheets</source>
        <translation>Inskickade jurybedömningsfiler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="242"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>JurySetupView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="73"/>
        <source>Tick a nominee the juror has declared a conflict of interest for, and write the reason in the cell. The juror then cannot score that nominee.</source>
        <translation>Markera en nominerad som jurymedlemmen har anmält jäv för och skriv skälet i cellen. Jurymedlemmen kan då inte sätta poäng på den nominerade.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="78"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="81"/>
        <source>Nominees</source>
        <translation>Nominerade</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="83"/>
        <source>Jurors</source>
        <translation>Jurymedlemmar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="85"/>
        <source>Conflicts of interest</source>
        <translation>Jäv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="108"/>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="110"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="138"/>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="138"/>
        <source>Name of the criterion:</source>
        <translation>Kriteriets namn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="144"/>
        <source>New nominee</source>
        <translation>Ny nominerad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="144"/>
        <source>Kommun code (for example 0186):</source>
        <translation>Kommunkod (till exempel 0186):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="154"/>
        <source>New juror</source>
        <translation>Ny jurymedlem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="154"/>
        <source>Name of the juror:</source>
        <translation>Jurymedlemmens namn:</translation>
    </message>
</context>
<context>
    <name>JuryTables</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="90"/>
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="39"/>
        <source>Link {id} to data</source>
        <translation>Koppla {id} till data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="49"/>
        <source>Search indicators by title or id</source>
        <translation>Sök indikator på namn eller id</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="54"/>
        <source>kommun code, e.g. 2284</source>
        <translation>kommunkod, t.ex. 2284</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="56"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="56"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="57"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="62"/>
        <source>e.g. 2019</source>
        <translation>t.ex. 2019</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="71"/>
        <source>Use the suggestion</source>
        <translation>Använd förslaget</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="77"/>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="78"/>
        <source>Gender:</source>
        <translation>Kön:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="81"/>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="83"/>
        <source>Baseline:</source>
        <translation>Utgångsvärde:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="87"/>
        <source>Target value:</source>
        <translation>Målvärde:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="91"/>
        <source>The text suggests:</source>
        <translation>Texten föreslår:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="95"/>
        <source>Link</source>
        <translation>Koppla</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="120"/>
        <source>{change} % of the baseline</source>
        <translation>{change} % av utgångsvärdet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="123"/>
        <source>{change} on the baseline</source>
        <translation>{change} på utgångsvärdet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="125"/>
        <source>due {year}</source>
        <translation>klart {year}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="126"/>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="159"/>
        <source>Give the baseline first: the target is relative to it.</source>
        <translation>Ange utgångsvärdet först: målet är räknat från det.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="172"/>
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="175"/>
        <source>Choose an indicator.</source>
        <translation>Välj en indikator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="53"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="451"/>
        <location filename="../../digidesk/qt/mainwindow.py" line="452"/>
        <source>Navigator</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="453"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="140"/>
        <source>Imported {name}</source>
        <translation>Importerade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="103"/>
        <source>The import of {name} was cancelled.</source>
        <translation>Importen av {name} avbröts.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="43"/>
        <source>The recovery copy could not be written: {reason}</source>
        <translation>Återställningskopian kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="454"/>
        <source>Stop reading, importing or exporting the file</source>
        <translation>Avbryt läsningen, importen eller exporten av filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="86"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="109"/>
        <source>Exported {name}</source>
        <translation>Exporterade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="114"/>
        <source>The export of {name} was cancelled; no file was written.</source>
        <translation>Exporten av {name} avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="122"/>
        <source>Saved {name}</source>
        <translation>Sparade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="151"/>
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="276"/>
        <source>Import a table first: there is nothing to compare.</source>
        <translation>Importera en tabell först: det finns inget att jämföra.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="294"/>
        <source>Sorting and filtering…</source>
        <translation>Sorterar och filtrerar…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="310"/>
        <source>{shown} of {total} observations</source>
        <translation>{shown} av {total} observationer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="312"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} av {total} rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="395"/>
        <source>About DigiDesk</source>
        <translation>Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="397"/>
        <source>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for following up municipal digitalisation in Sweden and Norway: indicators, strategies and award juries.&lt;/p&gt;&lt;p&gt;Area registers: SCB (Sweden) and SSB Klass 131 (Norway).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;Ett verktyg utan nätberoende för uppföljning av kommunal digitalisering i Sverige och Norge: indikatorer, strategier och juryarbete.&lt;/p&gt;&lt;p&gt;Områdesregister: SCB (Sverige) och SSB Klass 131 (Norge).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="410"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Vill du spara ändringarna i ”{name}” innan den stängs?</translation>
    </message>
</context>
<context>
    <name>ManualStatusDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="113"/>
        <source>Set status by hand</source>
        <translation>Sätt status manuellt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="115"/>
        <source>Computed from the data</source>
        <translation>Beräknad från data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="124"/>
        <source>Why? The comment is kept with the date.</source>
        <translation>Varför? Kommentaren sparas med datum.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="125"/>
        <source>Every status set by hand is kept in the target&apos;s history.</source>
        <translation>Varje manuellt satt status sparas i uppföljningens historik.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="128"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="129"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="51"/>
        <source>Datasets</source>
        <translation>Datamängder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="52"/>
        <source>Analysis</source>
        <translation>Analys</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="53"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="54"/>
        <source>Award</source>
        <translation>Utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="55"/>
        <source>Area groups</source>
        <translation>Områdesgrupper</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="69"/>
        <source>Compare areas</source>
        <translation>Jämför områden</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="44"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="45"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>NomineeProfile</name>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="51"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="52"/>
        <source>Bars</source>
        <translation>Staplar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="53"/>
        <source>Draw the profile as a radar or as bars</source>
        <translation>Rita profilen som radar eller som staplar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="57"/>
        <source>Drawn as:</source>
        <translation>Visas som:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="67"/>
        <source>Drawing the profile…</source>
        <translation>Profilen ritas…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="145"/>
        <source>No profile to draw: link a criterion to an indicator in Set-up, or import figures for the nominees’ kommuner.</source>
        <translation>Ingen profil att visa: koppla ett kriterium till en indikator under Upplägg, eller importera uppgifter för de nominerades kommuner.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="225"/>
        <source>No criterion is linked to an indicator: the profile shows the comparison’s indicators that have a direction: {added}.</source>
        <translation>Inget kriterium är kopplat till en indikator: profilen visar jämförelsens indikatorer som har en riktning: {added}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="230"/>
        <source>From the criteria: {linked}. Added from the comparison, as fewer than three criteria have an indicator: {added}.</source>
        <translation>Från kriterierna: {linked}. Tillagda från jämförelsen, eftersom färre än tre kriterier har en indikator: {added}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="234"/>
        <source>The indicators of the criteria: {linked}.</source>
        <translation>Kriteriernas indikatorer: {linked}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="238"/>
        <source>Each indicator in its latest period, from 0 (the weakest kommun) to 1 (the strongest); the dashed line is the median kommun.</source>
        <translation>Varje indikator i sin senaste period, från 0 (den svagaste kommunen) till 1 (den starkaste); den streckade linjen är mediankommunen.</translation>
    </message>
</context>
<context>
    <name>NomineesModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Nominee</source>
        <translation>Nominerad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="150"/>
        <source>Comment for a follow-up year</source>
        <translation>Kommentar för ett uppföljningsår</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="158"/>
        <source>Year:</source>
        <translation>År:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="159"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="65"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="66"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="67"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="68"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="69"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="70"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PivotTableModel</name>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="191"/>
        <source>(none)</source>
        <extracomment>(observations shown, observations in the dataset): the status bar counts the dataset&apos;s rows in both shapes, so that switching shape does not change the count</extracomment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="223"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="224"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="225"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="226"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="252"/>
        <source>No observation: type a value to add one</source>
        <translation>Ingen observation: skriv ett värde för att lägga till en</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="58"/>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="62"/>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="87"/>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="67"/>
        <source>As the language</source>
        <translation>Som språket</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="72"/>
        <source>None: ask when a file does not say</source>
        <translation>Ingen: fråga när en fil inte säger det</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="72"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="73"/>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="80"/>
        <source>Autosave after a pause of</source>
        <translation>Spara automatiskt efter en paus på</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="82"/>
        <source>Semicolon and decimal comma (Swedish and Norwegian Excel)</source>
        <translation>Semikolon och decimalkomma (svenskt och norskt Excel)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="83"/>
        <source>Comma and decimal point</source>
        <translation>Komma och decimalpunkt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="87"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="88"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="93"/>
        <source>Numbers in tables, charts and dialogs follow the number format above; a spreadsheet program shows exported numbers in its own settings. The default country is taken for an imported table whose area codes could be Swedish or Norwegian. Unsaved work is written to a recovery copy after a pause of the time above, and within a minute in any case.</source>
        <translation>Tal i tabeller, diagram och dialogrutor följer talformatet ovan; ett kalkylprogram visar exporterade tal enligt sina egna inställningar. Standardlandet används för en importerad tabell vars områdeskoder kan vara både svenska och norska. Osparat arbete skrivs till en återställningskopia efter en paus av tiden ovan, och i alla fall inom en minut.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="111"/>
        <source>&amp;Numbers</source>
        <translation>Tal&amp;format</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="112"/>
        <source>Default &amp;country</source>
        <translation>Standard&amp;land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="113"/>
        <source>&amp;Autosave after a pause of</source>
        <translation>Spara &amp;automatiskt efter en paus på</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="114"/>
        <source>CSV &amp;export</source>
        <translation>CSV-&amp;export</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="115"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>ProgressChartPane</name>
    <message>
        <location filename="../../digidesk/qt/views/progress_chart.py" line="86"/>
        <source>The chart needs a target value and a due year.</source>
        <extracomment>Figure pixels per inch on screen: a pane about 560 pixels wide holds a 7-inch chart, whose texts the chart builders size for. A width change of more than this many pixels lays the chart out again (its texts wrap).</extracomment>
        <translation>Diagrammet behöver ett målvärde och ett målår.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/progress_chart.py" line="88"/>
        <source>The linked indicator has no figures for this area.</source>
        <translation>Den kopplade indikatorn har inga värden för det här området.</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="78"/>
        <source>{name} (earlier version)</source>
        <translation>{name} (tidigare version)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="82"/>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="85"/>
        <source>The version could not be opened.</source>
        <translation>Versionen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="97"/>
        <source>Restoring {name}…</source>
        <translation>Återställer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="100"/>
        <source>“{name}” could not be restored.</source>
        <translation>”{name}” kunde inte återställas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="116"/>
        <source>Restoring unsaved work…</source>
        <translation>Återställer osparat arbete…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="119"/>
        <source>The unsaved work could not be restored.</source>
        <translation>Det osparade arbetet kunde inte återställas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="130"/>
        <source>{name} (recovered)</source>
        <translation>{name} (återställd)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="134"/>
        <source>Save the recovered work</source>
        <translation>Spara det återställda arbetet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="136"/>
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbetsytor (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="148"/>
        <source>“{name}” could not be saved.</source>
        <translation>”{name}” kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="31"/>
        <source>Recover unsaved work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="36"/>
        <source>DigiDesk ended without closing while this work was unsaved. Its last recovery copy is kept; choose what to do with it.</source>
        <translation>DigiDesk avslutades utan att stängas medan det här arbetet var osparat. Den senaste återställningskopian finns kvar; välj vad du vill göra med den.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Workspace</source>
        <translation>Arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Datasets</source>
        <translation>Datamängder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="54"/>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="100"/>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="70"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="70"/>
        <source>Open the work as it was, unsaved</source>
        <translation>Öppna arbetet som det var, osparat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="71"/>
        <source>Save &amp;as…</source>
        <translation>Spara so&amp;m…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="71"/>
        <source>Write the work to a file of its own</source>
        <translation>Spara arbetet i en egen fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="72"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Kasta…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="72"/>
        <source>Remove this recovery copy for good</source>
        <translation>Ta bort återställningskopian för gott</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="78"/>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="79"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation>Behåll kopiorna och fråga igen nästa gång</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="98"/>
        <source>Discard the recovery copy?</source>
        <translation>Kasta återställningskopian?</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="99"/>
        <source>The unsaved work in “{name}” will be gone for good.</source>
        <translation>Det osparade arbetet i ”{name}” försvinner för gott.</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="115"/>
        <source>conflict of interest</source>
        <translation>jäv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="135"/>
        <source>Declared conflict of interest: {reason}</source>
        <translation>Anmält jäv: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="136"/>
        <source>no reason given</source>
        <translation>inget skäl angivet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="140"/>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="144"/>
        <source>From data: {score} (value {value}, {period})</source>
        <translation>Från data: {score} (värde {value}, {period})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="176"/>
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="43"/>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="44"/>
        <source>In the views</source>
        <translation>I vyerna</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="46"/>
        <source>Copy the comparison with its headings</source>
        <translation>Kopiera jämförelsen med rubriker</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="47"/>
        <source>Edit the current cell</source>
        <translation>Redigera den markerade cellen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="48"/>
        <source>Next or previous field</source>
        <translation>Nästa eller föregående fält</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="49"/>
        <source>Leave a table for the next field</source>
        <translation>Lämna en tabell för nästa fält</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="50"/>
        <source>Open a menu by its underlined letter</source>
        <translation>Öppna en meny med dess understrukna bokstav</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="49"/>
        <source>Similar kommuner</source>
        <translation>Liknande kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="76"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="76"/>
        <source>Weight</source>
        <translation>Vikt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Difference index</source>
        <translation>Skillnadsindex</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="88"/>
        <source>Missing</source>
        <translation>Saknas</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="98"/>
        <source>Difference index: each indicator&apos;s values are turned into standard scores over all kommuner of the country; the index is the weighted root mean square of the differences. 0 is identical, 1 is about one standard deviation apart. A kommun lacking indicators that carry more than half the weight is not listed.</source>
        <translation>Skillnadsindex: varje indikators värden görs om till standardvärden (z-värden) över landets alla kommuner; indexet är det viktade kvadratiska medelvärdet av skillnaderna. 0 är lika, 1 är ungefär en standardavvikelse ifrån. En kommun som saknar indikatorer med mer än halva vikten visas inte.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="109"/>
        <source>Add to the comparison</source>
        <translation>Lägg till i jämförelsen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="111"/>
        <source>Save as group…</source>
        <translation>Spara som grupp…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="118"/>
        <source>Like</source>
        <translation>Liknar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="119"/>
        <source>How many</source>
        <translation>Hur många</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="122"/>
        <source>Indicators and their weights:</source>
        <translation>Indikatorer och deras vikter:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="175"/>
        <source>Weight of {name}</source>
        <translation>Vikt för {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="243"/>
        <source>the kommun has no value</source>
        <translation>kommunen saknar värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="244"/>
        <source>every kommun has the same value</source>
        <translation>alla kommuner har samma värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="245"/>
        <source>its weight is 0</source>
        <translation>vikten är 0</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="249"/>
        <source>Left out: {name} ({reason}).</source>
        <translation>Utelämnad: {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="257"/>
        <source>{count} kommuner lack too many of the indicators to be compared.</source>
        <translation>{count} kommuner saknar för många av indikatorerna för att jämföras.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="273"/>
        <source>Like {name}</source>
        <translation>Liknar {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="275"/>
        <source>Save as area group</source>
        <translation>Spara som områdesgrupp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="275"/>
        <source>Name of the group:</source>
        <translation>Gruppens namn:</translation>
    </message>
</context>
<context>
    <name>StrategyActions</name>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="29"/>
        <source>Import s&amp;trategy…</source>
        <translation>Importera s&amp;trategi…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="31"/>
        <source>New strategy from &amp;template…</source>
        <translation>Ny strategi från &amp;mall…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="62"/>
        <location filename="../../digidesk/qt/strategy_actions.py" line="92"/>
        <source>Import strategy</source>
        <translation>Importera strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="64"/>
        <source>Strategy documents and sheets ({patterns})</source>
        <translation>Strategidokument och kalkylark ({patterns})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="73"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="93"/>
        <source>{name} could not be imported.

{reason}</source>
        <translation>{name} kunde inte importeras.

{reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="120"/>
        <source>New strategy from template</source>
        <translation>Ny strategi från mall</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="121"/>
        <source>Strategy.xlsx</source>
        <translation>Strategi.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="122"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="136"/>
        <source>Saved {name}: fill it in, one row per target, and read it in with File ▸ Import strategy….</source>
        <translation>Sparade {name}: fyll i en rad per mätbar uppföljning och läs in filen med Arkiv ▸ Importera strategi….</translation>
    </message>
</context>
<context>
    <name>StrategyDetail</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="34"/>
        <source>Select a goal, development area or target.</source>
        <translation>Välj ett mål, ett utvecklingsområde eller en mätbar uppföljning.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="38"/>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="41"/>
        <source>Comments per follow-up year</source>
        <translation>Kommentarer per uppföljningsår</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="43"/>
        <source>Comment for a year…</source>
        <translation>Kommentar för ett år…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="69"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="69"/>
        <source>Development area</source>
        <translation>Utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="86"/>
        <source>Measurable target</source>
        <translation>Mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="87"/>
        <source>due {year}</source>
        <translation>klart {year}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="102"/>
        <source>Perspectives:</source>
        <translation>Perspektiv:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="115"/>
        <source>Set by hand</source>
        <translation>Satt manuellt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="124"/>
        <source>computed</source>
        <translation>beräknad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="128"/>
        <source>Not linked to data. Use Link to data… to choose an indicator.</source>
        <translation>Inte kopplad till data. Välj en indikator med Koppla till data…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="142"/>
        <source>Linked data:</source>
        <translation>Kopplade data:</translation>
    </message>
</context>
<context>
    <name>StrategyEdits</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="26"/>
        <source>Add goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="27"/>
        <source>Add development area</source>
        <translation>Nytt utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="28"/>
        <source>Add target</source>
        <translation>Ny mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="29"/>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="30"/>
        <source>Link to data…</source>
        <translation>Koppla till data…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="31"/>
        <source>Set status…</source>
        <translation>Sätt status…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="32"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="33"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="34"/>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="254"/>
        <source>Move to…</source>
        <translation>Flytta till…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="35"/>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="271"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="57"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="111"/>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="123"/>
        <source>New development area</source>
        <translation>Nytt utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="135"/>
        <source>New measurable target</source>
        <translation>Ny mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="148"/>
        <source>Edit measurable target</source>
        <translation>Ändra mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="161"/>
        <source>Edit goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="161"/>
        <source>Edit development area</source>
        <translation>Ändra utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="244"/>
        <source>(no development area)</source>
        <translation>(inget utvecklingsområde)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="247"/>
        <source>Move the target to the development area:</source>
        <translation>Flytta uppföljningen till utvecklingsområdet:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="250"/>
        <source>Move the development area to the goal:</source>
        <translation>Flytta utvecklingsområdet till målet:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="273"/>
        <source>Delete “{name}” and everything under it? Edit ▸ Undo takes it back.</source>
        <translation>Ta bort ”{name}” med allt under? Redigera ▸ Ångra tar tillbaka det.</translation>
    </message>
</context>
<context>
    <name>StrategyImportWizard</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="49"/>
        <source>Import strategy — {name}</source>
        <translation>Importera strategi — {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="55"/>
        <source>kommun code, e.g. 2284</source>
        <translation>kommunkod, t.ex. 2284</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="59"/>
        <source>Goal / development area / target</source>
        <translation>Mål / utvecklingsområde / mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="59"/>
        <source>Due</source>
        <translation>Klart år</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="70"/>
        <source>Read from a spreadsheet: there is no document text to show.</source>
        <translation>Inläst från ett kalkylark: det finns ingen dokumenttext att visa.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="78"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="79"/>
        <source>Municipality:</source>
        <translation>Kommun:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="89"/>
        <source>The document as read</source>
        <translation>Dokumentet som det lästes</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="103"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="115"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="116"/>
        <source>development area</source>
        <translation>utvecklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="117"/>
        <source>measurable target</source>
        <translation>mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="118"/>
        <source>due year</source>
        <translation>måldatum</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="119"/>
        <source>perspective</source>
        <translation>perspektiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="216"/>
        <source>{goals} goals, {areas} development areas, {targets} measurable targets</source>
        <translation>{goals} mål, {areas} utvecklingsområden, {targets} mätbara uppföljningar</translation>
    </message>
</context>
<context>
    <name>StrategyModel</name>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="129"/>
        <source>Goal / development area / target</source>
        <translation>Mål / utvecklingsområde / mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="131"/>
        <source>Due</source>
        <translation>Klart år</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="132"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="133"/>
        <source>Perspectives</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="172"/>
        <source>(no development area)</source>
        <translation>(inget utvecklingsområde)</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="104"/>
        <source>Goals, development areas and targets</source>
        <translation>Mål, utvecklingsområden och mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="149"/>
        <source>Follow-up as of</source>
        <translation>Uppföljning per</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="160"/>
        <source>Follow-up as of:</source>
        <translation>Uppföljning per:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="161"/>
        <source>Perspective:</source>
        <translation>Perspektiv:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="162"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="168"/>
        <source>Follow-up report…</source>
        <translation>Uppföljningsrapport…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="179"/>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="182"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="217"/>
        <source>{goals} goals · {areas} development areas · {targets} measurable targets</source>
        <translation>{goals} övergripande mål · {areas} utvecklingsområden · {targets} mätbara uppföljningar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="280"/>
        <source>Follow-up {date}.xlsx</source>
        <translation>Uppföljning {date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="283"/>
        <source>Export follow-up report</source>
        <translation>Exportera uppföljningsrapport</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="285"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel-arbetsbok (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="303"/>
        <source>Writing the follow-up report…</source>
        <translation>Skriver uppföljningsrapporten…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="307"/>
        <source>Wrote {name}</source>
        <translation>Skrev {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="316"/>
        <source>The report could not be written: {reason}</source>
        <translation>Rapporten kunde inte skrivas: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="77"/>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="89"/>
        <source>Target:</source>
        <translation>Mätbar uppföljning:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="90"/>
        <source>Due year:</source>
        <translation>Måldatum (år):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="92"/>
        <source>Perspectives:</source>
        <translation>Perspektiv:</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="58"/>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="71"/>
        <source>User guide</source>
        <extracomment>the guide to show for each interface language, best first</extracomment>
        <translation>Användarhandledning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="62"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="64"/>
        <source>Contents of the user guide</source>
        <translation>Användarhandledningens innehåll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="65"/>
        <source>Choose a section to read it</source>
        <translation>Välj ett avsnitt för att läsa det</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="96"/>
        <source>Close the user guide</source>
        <translation>Stäng användarhandledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="141"/>
        <source>The user guide is missing from this installation: {path}</source>
        <translation>Användarhandledningen saknas i den här installationen: {path}</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../digidesk/qt/views/value_editor.py" line="51"/>
        <source>“{text}” is not a number. Write e.g. 1 234,5 or 56,8 % or leave it empty.</source>
        <translation>”{text}” är inte ett tal. Skriv t.ex. 1 234,5 eller 56,8 % eller lämna tomt.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="28"/>
        <source>Versions of “{name}”</source>
        <translation>Versioner av ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="32"/>
        <source>DigiDesk keeps the last five versions of a workspace, one before each save.</source>
        <translation>DigiDesk sparar de fem senaste versionerna av en arbetsyta, en före varje sparning.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="34"/>
        <source>There is no earlier version yet: one is kept at each save.</source>
        <translation>Det finns ingen tidigare version än: en sparas vid varje sparning.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="39"/>
        <source>Replaced by a save on</source>
        <translation>Ersatt vid sparning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="39"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="59"/>
        <source>&amp;Open as a copy</source>
        <translation>&amp;Öppna som kopia</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="60"/>
        <source>Open it as a new, unsaved workspace; the file stays as it is</source>
        <translation>Öppna den som en ny, osparad arbetsyta; filen förblir som den är</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="64"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="65"/>
        <source>Put it back as the file; the file as it is now is kept as a version</source>
        <translation>Återställ filen till den; filen som den är nu sparas som en version</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="252"/>
        <source>Welcome to DigiDesk</source>
        <extracomment>at most this many recent workspaces are listed labels drawn larger than the text, as (label, factor, bold)</extracomment>
        <translation>Välkommen till DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="255"/>
        <source>Follow up municipal digitalisation on real figures, see where a kommun stands and score award nominees as a jury.</source>
        <translation>Följ upp kommunens digitalisering med verkliga siffror, se var en kommun står och bedöm de nominerade till en utmärkelse som jury.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="259"/>
        <source>Read the user &amp;guide</source>
        <translation>&amp;Läs användarhandledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="260"/>
        <source>Read the user guide</source>
        <translation>Läs användarhandledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="261"/>
        <source>How each view works, with pictures</source>
        <translation>Hur varje vy fungerar, med bilder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="263"/>
        <source>Get started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="268"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Öppna &amp;demoarbetsytan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="269"/>
        <source>Open the demo workspace</source>
        <translation>Öppna demoarbetsytan</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="271"/>
        <source>Public figures from Kolada, SCB, SSB and Digdir, Örnsköldsvik&apos;s digitalisation strategy and the award Sveriges Digitaliseringskommun: try everything on them without touching a file of your own.</source>
        <translation>Offentlig statistik från Kolada, SCB, SSB och Digdir, Örnsköldsviks digitaliseringsstrategi och utmärkelsen Sveriges Digitaliseringskommun: pröva allt på dem utan att röra dina egna filer.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="279"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="280"/>
        <source>Import a file</source>
        <translation>Importera en fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="282"/>
        <source>An Excel, LibreOffice or CSV file, such as an export from Kolada, SCB, SSB/KOSTRA or Digdir. You see what DigiDesk read before anything is imported.</source>
        <translation>En Excel-, LibreOffice- eller CSV-fil, till exempel ett uttag från Kolada, SCB, SSB/KOSTRA eller Digdir. Du ser vad DigiDesk har läst innan något importeras.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="290"/>
        <source>&amp;Open a workspace…</source>
        <translation>Ö&amp;ppna en arbetsyta…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="291"/>
        <source>Open a workspace</source>
        <translation>Öppna en arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="292"/>
        <source>A .digidesk file that you or a colleague saved earlier.</source>
        <translation>En .digidesk-fil som du eller en kollega har sparat tidigare.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="300"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Senaste arbetsytor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="301"/>
        <source>Recent workspaces</source>
        <translation>Senaste arbetsytor</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="303"/>
        <source>Click a workspace, or press Enter, to open it</source>
        <translation>Klicka på en arbetsyta, eller tryck på Retur, för att öppna den</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="306"/>
        <source>No recent workspaces yet. The ones you open or save are listed here.</source>
        <translation>Du har inte öppnat några arbetsytor än. De arbetsytor du öppnar eller sparar visas här.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="309"/>
        <source>What DigiDesk does for you</source>
        <translation>Vad DigiDesk gör för dig</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="315"/>
        <source>For the strategist</source>
        <translation>För strategen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="317"/>
        <source>Follow up your digitalisation strategy: its goals, development areas and measurable targets, year by year on the real figures of the indicators they are measured by, ready to report to the council.</source>
        <translation>Följ upp er digitaliseringsstrategi: mål, utvecklingsområden och mätbar uppföljning, år för år med de faktiska värdena för de indikatorer som de mäts med – klart att redovisa för kommunfullmäktige.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="323"/>
        <source>For the analyst</source>
        <translation>För analytikern</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="325"/>
        <source>See where a kommun stands: its rank among all kommuner, the national value and the median, its peer group and similar kommuner, with charts of the ranking and of the change over time.</source>
        <translation>Se var en kommun står: dess placering bland alla kommuner, värdet för riket och medianen, jämförelsegruppen och liknande kommuner, med diagram över placeringen och utvecklingen över tid.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="331"/>
        <source>For the jury</source>
        <translation>För juryn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="333"/>
        <source>Score the nominees offline, in DigiDesk or in plain Excel sheets, compare the aggregation methods side by side and hand over a protocol whose fingerprint anyone can verify.</source>
        <translation>Poängsätt de nominerade utan nätuppkoppling, i DigiDesk eller i vanliga Excel-filer, jämför sammanvägningsmetoderna sida vid sida och lämna över ett protokoll vars fingeravtryck vem som helst kan kontrollera.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="345"/>
        <source>DigiDesk works without a network: your files stay on this computer, and unsaved work is kept in a recovery copy.</source>
        <translation>DigiDesk fungerar utan nätverk: dina filer stannar på den här datorn, och osparat arbete sparas i en återställningskopia.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="356"/>
        <source>{name} (not found)</source>
        <translation>{name} (hittades inte)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="363"/>
        <source>{name}, in {folder}</source>
        <translation>{name}, i {folder}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="41"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="42"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="44"/>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="45"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="46"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="54"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="64"/>
        <source>&amp;Compare areas</source>
        <translation>&amp;Jämför områden</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="66"/>
        <source>&amp;About DigiDesk</source>
        <translation>&amp;Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="68"/>
        <source>User &amp;guide</source>
        <translation>&amp;Användarhandledning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="71"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="74"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="105"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="126"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="151"/>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="158"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="158"/>
        <source>“{name}” no longer exists.</source>
        <translation>”{name}” finns inte längre.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="155"/>
        <source>{name} (read-only)</source>
        <extracomment>opened read-only (another program has the file open): saving asks for a new name</extracomment>
        <translation>{name} (skrivskyddad)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="161"/>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
</context>
</TS>
