<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AddRowDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="37"/>
        <source>Add row</source>
        <translation>Legg til rad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="59"/>
        <source>e.g. 2024, 2024-03 or 2024K1</source>
        <translation>f.eks. 2024, 2024-03 eller 2024K1</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="61"/>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="65"/>
        <source>empty for a missing value</source>
        <translation>tomt for en manglende verdi</translation>
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
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="77"/>
        <source>&amp;Gender</source>
        <translation>&amp;Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="78"/>
        <source>&amp;Value</source>
        <translation>&amp;Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="102"/>
        <source>Choose an area from the list.</source>
        <translation>Velg et område fra listen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="104"/>
        <source>“{text}” is not a period.</source>
        <translation>«{text}» er ikke en periode.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/add_row_dialog.py" line="106"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>AreaGroupView</name>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="35"/>
        <source>Code</source>
        <extracomment>the selected members changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="36"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="37"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="38"/>
        <source>County</source>
        <translation>Fylke/län</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="39"/>
        <source>Population</source>
        <translation>Folkemengde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="40"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="47"/>
        <source>Members of the group</source>
        <translation>Gruppens medlemmer</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="38"/>
        <source>Add a kommun: type its name or code</source>
        <translation>Legg til kommune: skriv navn eller nummer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="41"/>
        <source>Add an area to the comparison</source>
        <translation>Legg til et område i sammenligningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="50"/>
        <source>Award nominees</source>
        <translation>Nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="51"/>
        <source>Compare the nominees of the workspace&apos;s award</source>
        <translation>Sammenlign de nominerte til arbeidsområdets pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="54"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="55"/>
        <source>Compare the members of an area group</source>
        <translation>Sammenlign kommunene i en områdegruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="58"/>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="59"/>
        <source>Remove every area from the comparison</source>
        <translation>Fjern alle områder fra sammenligningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="61"/>
        <source>Save as group…</source>
        <translation>Lagre som gruppe…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="62"/>
        <source>Keep these areas as an area group in the workspace</source>
        <translation>Lagre områdene som en områdegruppe i arbeidsområdet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="74"/>
        <source>Areas:</source>
        <translation>Områder:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="173"/>
        <source>Remove {name} from the comparison</source>
        <extracomment>placed by the view in its bar of options, which wraps in a narrow window</extracomment>
        <translation>Fjern {name} fra sammenligningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/area_picker.py" line="174"/>
        <source>Remove {name}</source>
        <translation>Fjern {name}</translation>
    </message>
</context>
<context>
    <name>AwardView</name>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="114"/>
        <source>{name} — winner</source>
        <translation>{name} — vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="122"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="122"/>
        <source>weight</source>
        <translation>vekt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="53"/>
        <source>Compare nominees</source>
        <translation>Sammenlign nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="55"/>
        <source>See where the nominees stand among all kommuner, indicator by indicator</source>
        <translation>Se hvor de nominerte står blant alle kommuner, indikator for indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="59"/>
        <location filename="../../digidesk/qt/views/award_view.py" line="87"/>
        <source>Nominees</source>
        <translation>Nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="63"/>
        <source>Set-up</source>
        <translation>Oppsett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="64"/>
        <source>Scoring</source>
        <translation>Poenggiving</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="65"/>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="141"/>
        <source>Jury’s motivation</source>
        <translation>Juryens begrunnelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="141"/>
        <source>Motivation</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>CellOperations</name>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="75"/>
        <source>The copied block has {rows} rows, but only {room} rows are below the current cell. Nothing was pasted.</source>
        <translation>Den kopierte blokken har {rows} rader, men bare {room} rader finnes fra den markerte cellen og nedover. Ingenting ble limt inn.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="80"/>
        <source>The copied block has {columns} columns, but only {room} columns are to the right of the current cell. Nothing was pasted.</source>
        <translation>Den kopierte blokken har {columns} kolonner, men bare {room} kolonner finnes fra den markerte cellen og mot høyre. Ingenting ble limt inn.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="98"/>
        <source>Select the cell to copy and the cells below it to fill down.</source>
        <translation>Marker cellen som skal kopieres og cellene under den for å fylle nedover.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="123"/>
        <source>Only values can be changed; “{column}” is not a value column.</source>
        <translation>Bare verdier kan endres; «{column}» er ikke en verdikolonne.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/cell_operations.py" line="127"/>
        <source>“{text}” is not a number. Nothing was changed.</source>
        <translation>«{text}» er ikke et tall. Ingenting ble endret.</translation>
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
        <translation>Plassering blant alle kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="72"/>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="73"/>
        <source>Two indicators</source>
        <translation>To indikatorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="74"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="75"/>
        <source>Small multiples</source>
        <translation>Flere indikatorer side om side</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="78"/>
        <source>What kind of chart to draw</source>
        <translation>Hva slags diagram som tegnes</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="79"/>
        <source>Chart kind</source>
        <translation>Diagramtype</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="82"/>
        <source>The indicator on the vertical axis</source>
        <translation>Indikatoren på den loddrette aksen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="83"/>
        <source>Second indicator</source>
        <translation>Andre indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="85"/>
        <source>All kommuner</source>
        <translation>Alle kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="87"/>
        <source>Show every kommun instead of the best and worst ten and your selection</source>
        <translation>Vis hver kommune i stedet for de ti beste og dårligste og dine valgte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="90"/>
        <source>Women and men</source>
        <translation>Kvinner og menn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="92"/>
        <source>Size by population</source>
        <translation>Størrelse etter folketall</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="94"/>
        <source>As bars</source>
        <translation>Som søyler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="95"/>
        <source>Parallel bars instead of a radar</source>
        <translation>Søyler ved siden av hverandre i stedet for et radardiagram</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="98"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="99"/>
        <source>Save the chart as a picture or document, or copy it</source>
        <translation>Lagre diagrammet som bilde eller dokument, eller kopier det</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="102"/>
        <source>Save as &amp;PNG…</source>
        <translation>Lagre som &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="103"/>
        <source>Save as &amp;SVG…</source>
        <translation>Lagre som &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="104"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="105"/>
        <source>Save in an &amp;Excel workbook…</source>
        <translation>Lagre i en &amp;Excel-arbeidsbok…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="107"/>
        <source>&amp;Copy as a picture</source>
        <translation>&amp;Kopier som bilde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="110"/>
        <source>Select areas in a table or the comparison to see them in a chart.</source>
        <translation>Marker områder i en tabell eller i sammenligningen for å se dem i et diagram.</translation>
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
        <translation>Det finnes ikke noe diagram å lagre ennå.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="360"/>
        <source>Save as PNG</source>
        <translation>Lagre som PNG</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="360"/>
        <source>Resolution (dots per inch):</source>
        <translation>Oppløsning (punkter per tomme):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="366"/>
        <source>Save the chart</source>
        <translation>Lagre diagrammet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="381"/>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="407"/>
        <source>Saved {name}</source>
        <translation>Lagret {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="390"/>
        <source>Save the chart in a workbook</source>
        <translation>Lagre diagrammet i en arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="392"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/chart_pane.py" line="413"/>
        <source>Copied the chart.</source>
        <translation>Diagrammet er kopiert.</translation>
    </message>
</context>
<context>
    <name>ChoicePopup</name>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="61"/>
        <source>Search…</source>
        <extracomment>Typing in a value limit pauses this long (ms) before ``changed``: one filter per number. Picker kinds, in the order of their buttons, and the RowFilter field each one fills.</extracomment>
        <translation>Søk…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="63"/>
        <source>Search the choices</source>
        <translation>Søk blant valgene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="76"/>
        <source>Select all</source>
        <translation>Merk alle</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="77"/>
        <source>Check every item the search shows</source>
        <translation>Kryss av alle oppføringer søket viser</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="79"/>
        <source>Select none</source>
        <translation>Merk ingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="81"/>
        <source>Uncheck every item the search shows; hidden items keep their state</source>
        <translation>Fjern avkrysningen for alle oppføringer søket viser; skjulte oppføringer beholder sitt valg</translation>
    </message>
</context>
<context>
    <name>ColumnRoleModel</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="235"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="46"/>
        <source>Add dataset “{name}”</source>
        <translation>Legg til datasett «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="47"/>
        <source>Remove dataset</source>
        <translation>Fjern datasett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="36"/>
        <source>Edit %n value(s)</source>
        <translation>
            <numerusform>Endre %n verdi</numerusform>
            <numerusform>Endre %n verdier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="31"/>
        <source>Paste %n value(s)</source>
        <translation>
            <numerusform>Lim inn %n verdi</numerusform>
            <numerusform>Lim inn %n verdier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="33"/>
        <source>Fill down %n cell(s)</source>
        <translation>
            <numerusform>Fyll nedover %n celle</numerusform>
            <numerusform>Fyll nedover %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="35"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Tøm %n celle</numerusform>
            <numerusform>Tøm %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="38"/>
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Legg til %n rad</numerusform>
            <numerusform>Legg til %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="40"/>
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Slett %n rad</numerusform>
            <numerusform>Slett %n rader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="42"/>
        <source>Score %n cell(s)</source>
        <translation>
            <numerusform>Gi poeng i %n celle</numerusform>
            <numerusform>Gi poeng i %n celler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="44"/>
        <source>Import %n juror sheet(s)</source>
        <translation>
            <numerusform>Importer %n juryvurderingsfil</numerusform>
            <numerusform>Importer %n juryvurderingsfiler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="48"/>
        <location filename="../../digidesk/qt/document.py" line="69"/>
        <source>Edit strategy</source>
        <translation>Endre strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="49"/>
        <source>Edit award</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="50"/>
        <source>Rename workspace</source>
        <translation>Gi arbeidsområdet nytt navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="51"/>
        <source>Add area group “{name}”</source>
        <translation>Legg til områdegruppen «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="52"/>
        <source>Remove area group</source>
        <translation>Fjern områdegruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="53"/>
        <source>Add criterion “{name}”</source>
        <translation>Legg til kriteriet «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="54"/>
        <source>Edit criterion “{name}”</source>
        <translation>Endre kriteriet «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="55"/>
        <source>Remove criterion</source>
        <translation>Fjern kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="56"/>
        <source>Add nominee “{name}”</source>
        <translation>Legg til nominert «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="57"/>
        <source>Edit nominee “{name}”</source>
        <translation>Endre nominert «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="58"/>
        <source>Remove nominee</source>
        <translation>Fjern nominert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="59"/>
        <source>Add juror “{name}”</source>
        <translation>Legg til jurymedlem «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="60"/>
        <source>Rename juror “{name}”</source>
        <translation>Gi jurymedlem nytt navn «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="61"/>
        <source>Remove juror</source>
        <translation>Fjern jurymedlem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="62"/>
        <source>Declare or withdraw a conflict of interest</source>
        <translation>Meld eller trekk tilbake inhabilitet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="63"/>
        <source>Lock scoring</source>
        <translation>Lås poenggivingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="64"/>
        <source>Unlock scoring</source>
        <translation>Lås opp poenggivingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="65"/>
        <source>Choose the criteria scored from data</source>
        <translation>Velg kriterier som får poeng fra data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="66"/>
        <source>Choose the aggregation method</source>
        <translation>Velg sammenveiingsmetode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="67"/>
        <source>Add strategy “{name}”</source>
        <translation>Legg til strategien «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="68"/>
        <source>Remove strategy</source>
        <translation>Fjern strategien</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="70"/>
        <source>Add goal “{name}”</source>
        <translation>Legg til målet «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="71"/>
        <source>Delete goal</source>
        <translation>Slett mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="72"/>
        <source>Move goal</source>
        <translation>Flytt mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="73"/>
        <source>Rename “{name}”</source>
        <translation>Gi nytt navn: «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="74"/>
        <source>Add development area “{name}”</source>
        <translation>Legg til utviklingsområdet «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="75"/>
        <source>Delete development area</source>
        <translation>Slett utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="76"/>
        <source>Move development area</source>
        <translation>Flytt utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="77"/>
        <source>Add target {node_id}</source>
        <translation>Legg til målbar oppfølging {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="78"/>
        <source>Delete target {node_id}</source>
        <translation>Slett målbar oppfølging {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="79"/>
        <source>Move target {node_id}</source>
        <translation>Flytt målbar oppfølging {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="83"/>
        <source>Link target {node_id} to data</source>
        <translation>Koble {node_id} til data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="84"/>
        <source>Set the status of target {node_id}</source>
        <translation>Sett status for {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="85"/>
        <source>Comment target {node_id}</source>
        <translation>Kommenter {node_id}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="86"/>
        <source>Edit target {node_id}</source>
        <translation>Endre målbar oppfølging {node_id}</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="120"/>
        <source>no peer group</source>
        <translation>ingen sammenligningsgruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="134"/>
        <source>No data for this area and indicator</source>
        <translation>Ingen data for området og indikatoren</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="144"/>
        <source>no direction: ranked from high to low</source>
        <translation>ingen retning: rangert fra høyt til lavt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="146"/>
        <source>lower is better</source>
        <translation>lavere er bedre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="148"/>
        <source>higher is better</source>
        <translation>høyere er bedre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="164"/>
        <source>published</source>
        <translation>publisert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="165"/>
        <source>computed, population-weighted</source>
        <translation>beregnet, befolkningsvektet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="166"/>
        <source>computed, unweighted mean</source>
        <translation>beregnet, uvektet gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="167"/>
        <source>computed, sum of kommuner</source>
        <translation>beregnet, sum av kommunene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="168"/>
        <source>too few kommuner with a value</source>
        <translation>for få kommuner med verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="170"/>
        <source>National value, {note}</source>
        <translation>Landets verdi, {note}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="172"/>
        <source>Median of the {count} kommuner with a value</source>
        <translation>Median for de {count} kommunene som har en verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="178"/>
        <source>No value for {period} (marked “{marker}” in the source)</source>
        <translation>Ingen verdi for {period} (merket «{marker}» i kilden)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="185"/>
        <source>{value} in {period}</source>
        <translation>{value} i {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="188"/>
        <source>Found under the code {code}, which the kommune had then (register&apos;s crosswalk)</source>
        <translation>Funnet under kommunenummer {code}, som kommunen hadde da (registerets kodenøkkel)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="191"/>
        <source>best</source>
        <translation>best</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="193"/>
        <source>Best of the areas compared</source>
        <translation>Best av de sammenlignede områdene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="195"/>
        <source>worst</source>
        <translation>dårligst</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="197"/>
        <source>Worst of the areas compared</source>
        <translation>Dårligst av de sammenlignede områdene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="203"/>
        <source>not ranked</source>
        <translation>ikke rangert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="205"/>
        <source>Only kommuner are ranked</source>
        <translation>Bare kommuner rangeres</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="207"/>
        <source>No value to rank</source>
        <translation>Ingen verdi å rangere</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="211"/>
        <source>percentile {p}</source>
        <translation>persentil {p}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="213"/>
        <source>Rank {rank} of {ranked} kommuner with a value; better than or equal to {p} % of the others</source>
        <translation>Plass {rank} av {ranked} kommuner med verdi; like god som eller bedre enn {p} % av de andre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="217"/>
        <source>Other kommuner have the same value and share the rank.</source>
        <translation>Andre kommuner har samme verdi og deler plasseringen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="219"/>
        <source>Rank in {period}: {rank}</source>
        <translation>Plassering i {period}: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="273"/>
        <source>Trend over {count} periods: {slope} per year</source>
        <translation>Trend over {count} perioder: {slope} per år</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="363"/>
        <source>vs group / national</source>
        <translation>Mot gruppen / landet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="365"/>
        <source>vs national / median</source>
        <translation>Mot landet / median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="228"/>
        <source>In {group}: {rank}</source>
        <translation>I {group}: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="229"/>
        <source>Among all kommuner: {rank}</source>
        <translation>Blant alle kommuner: {rank}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="231"/>
        <source>{rank} nationally</source>
        <translation>{rank} i landet</translation>
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
        <translation>mot landet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="245"/>
        <source>vs median</source>
        <translation>mot median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="262"/>
        <source>The kommune was merged or split since {period}</source>
        <translation>Kommunen er slått sammen eller delt siden {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="266"/>
        <source>No value for an earlier period</source>
        <translation>Ingen verdi for en tidligere periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="268"/>
        <source>since {period}</source>
        <translation>siden {period}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="269"/>
        <source>{period}: {value}</source>
        <translation>{period}: {value}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="278"/>
        <source>Compared with code {code} through the register&apos;s crosswalk</source>
        <translation>Sammenlignet med nummer {code} gjennom registerets kodenøkkel</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="314"/>
        <source>{value} pp</source>
        <translation>{value} pp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="358"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="359"/>
        <source>National</source>
        <translation>Landet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="360"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="361"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="362"/>
        <source>Rank in group</source>
        <translation>Plassering i gruppen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="362"/>
        <source>Rank</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/compare_model.py" line="366"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="79"/>
        <source>Choose the indicators to compare</source>
        <extracomment>Observations from which the comparison is computed off the GUI thread. the areas or the current indicator changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Velg indikatorene som skal sammenlignes</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="84"/>
        <source>All indicators of a dataset</source>
        <translation>Alle indikatorer i et datasett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="89"/>
        <source>The period compared; by default each indicator&apos;s latest</source>
        <translation>Perioden som sammenlignes; ellers hver indikators siste</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="92"/>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="95"/>
        <source>Values and ranks only</source>
        <translation>Bare verdier og plasseringer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="97"/>
        <source>Hide the differences and changes, so that more areas fit side by side</source>
        <translation>Skjul forskjeller og endringer, så flere områder får plass ved siden av hverandre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="100"/>
        <source>Against peer group</source>
        <translation>Mot sammenligningsgruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="103"/>
        <source>Place each area among its own peers: the median and rank within its group (with regard to the municipality&apos;s prerequisites)</source>
        <translation>Plasser hvert område blant sine likemenn: medianen og plasseringen i egen gruppe (med hensyn til kommunens forutsetninger)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="109"/>
        <source>Which peer group each area is compared with</source>
        <translation>Hvilken sammenligningsgruppe hvert område sammenlignes med</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="115"/>
        <source>Similar kommuner…</source>
        <translation>Lignende kommuner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="117"/>
        <source>Find the kommuner most like the first area on indicators you weight</source>
        <translation>Finn kommunene som ligner mest på det første området, på indikatorer du vekter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="120"/>
        <source>Copy table</source>
        <translation>Kopier tabellen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="121"/>
        <source>Copy the whole comparison for Excel (Ctrl+Shift+C)</source>
        <translation>Kopier hele sammenligningen til Excel (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="123"/>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="124"/>
        <source>Save the comparison as an Excel workbook</source>
        <translation>Lagre sammenligningen som Excel-arbeidsbok</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="133"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="134"/>
        <source>Gender:</source>
        <translation>Kjønn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="146"/>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="154"/>
        <source>▲ better and ▼ worse, by the indicator&apos;s direction (top and bottom third for ranks) · ★ best and ☆ worst of the areas compared · rank 1 is the best of all kommuner of the country with a value; a shared rank means equal values</source>
        <translation>▲ bedre og ▼ dårligere, etter indikatorens retning (beste og dårligste tredjedel for plasseringer) · ★ best og ☆ dårligst av de sammenlignede · plassering 1 er best av landets kommuner med verdi; en delt plassering betyr like verdier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="219"/>
        <source>Latest with values</source>
        <translation>Siste med verdier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="229"/>
        <source>Kommungrupp (SKR 2023; Norway: size class)</source>
        <translation>Kommunegruppe (SKR 2023; Norge: størrelsesklasse)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="230"/>
        <source>Kommungrupp 2017 (SKR)</source>
        <translation>Kommunegruppe 2017 (SKR, Sverige)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="231"/>
        <source>Same county</source>
        <translation>Samme fylke</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="233"/>
        <source>Group: {name}</source>
        <translation>Gruppe: {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="247"/>
        <source>Indicators: {chosen} of {total}</source>
        <translation>Indikatorer: {chosen} av {total}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="275"/>
        <source>The workspace has no award with nominees.</source>
        <translation>Arbeidsområdet har ingen utmerkelse med nominerte.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="288"/>
        <source>Save as area group</source>
        <translation>Lagre som områdegruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="288"/>
        <source>Name of the group:</source>
        <translation>Gruppens navn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="304"/>
        <source>Saved the group “{name}”.</source>
        <translation>Lagret gruppen «{name}».</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="328"/>
        <source>Choose the areas to compare: type a kommun&apos;s name or code above, or take the award&apos;s nominees.</source>
        <translation>Velg områdene som skal sammenlignes: skriv en kommunes navn eller nummer ovenfor, eller ta utmerkelsens nominerte.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="382"/>
        <source>{count} figures of “{indicator}” differ between datasets; the first dataset&apos;s are shown.</source>
        <translation>{count} verdier for «{indicator}» er ulike i datasettene; det første datasettets vises.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="389"/>
        <source>Some changes compare a Norwegian kommune with its earlier code, through the register&apos;s crosswalk.</source>
        <translation>Noen endringer sammenligner en kommune med dens tidligere kommunenummer, gjennom registerets kodenøkkel.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="394"/>
        <source>The workspace holds no figures for these areas&apos; countries.</source>
        <translation>Arbeidsområdet har ingen tall for disse områdenes land.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="408"/>
        <source>The comparison failed: {error}</source>
        <translation>Sammenligningen mislyktes: {error}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_view.py" line="443"/>
        <source>Copied the comparison.</source>
        <translation>Sammenligningen er kopiert.</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="28"/>
        <source>Choose areas to compare first.</source>
        <translation>Velg først områder å sammenligne.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="33"/>
        <source>Export the comparison</source>
        <translation>Eksporter sammenligningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="34"/>
        <source>Comparison.xlsx</source>
        <translation>Sammenligning.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="35"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="61"/>
        <source>Exported {name}</source>
        <translation>Eksporterte {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="71"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/compare_export.py" line="72"/>
        <source>“{name}” could not be written.</source>
        <translation>«{name}» kunne ikke skrives.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="114"/>
        <source>DigiDesk ran into a problem</source>
        <translation>DigiDesk støtte på et problem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="117"/>
        <source>Something went wrong that DigiDesk did not expect. Your work is still open, and you can go on working; saving it now is a good idea.</source>
        <translation>Noe gikk galt som DigiDesk ikke regnet med. Arbeidet ditt er fortsatt åpent og du kan fortsette, men lagre gjerne nå.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="122"/>
        <source>The details are in the log:
{path}</source>
        <translation>Detaljene står i loggen:
{path}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="125"/>
        <source>Save a recovery copy now</source>
        <translation>Lagre en gjenopprettingskopi nå</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="126"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="127"/>
        <source>Quit DigiDesk</source>
        <translation>Avslutt DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="101"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="102"/>
        <source>A recovery copy was written; DigiDesk offers it at its next start.</source>
        <translation>En gjenopprettingskopi er lagret; DigiDesk tilbyr den neste gang programmet starter.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/crash.py" line="104"/>
        <source>There was nothing unsaved to write, or the copy could not be made.</source>
        <translation>Det var ikke noe ulagret å lagre, eller kopien kunne ikke lages.</translation>
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
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Scale from</source>
        <translation>Skala fra</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="105"/>
        <source>Scale to</source>
        <translation>Skala til</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Linked indicator</source>
        <translation>Koblet indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Better is</source>
        <translation>Best er</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="106"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="120"/>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="152"/>
        <source>higher</source>
        <translation>høyt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="120"/>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="152"/>
        <source>lower</source>
        <translation>lavt</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="96"/>
        <source>Filter by area, code or indicator…</source>
        <extracomment>Typing pauses this long (ms) before the filter runs: one filter per word, not per key. Rows whose texts fit the pivot&apos;s column widths (the rest are cut with &quot;…&quot; if wider). The shapes offered, in the order of the shape box: None is the long table. (rows shown, observations in the dataset) True while a sort, filter or pivot is computed in the background the selection changed: the chart pane asks ``chart_focus()``</extracomment>
        <translation>Filtrer på område, kode eller indikator…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="98"/>
        <source>Filter the rows</source>
        <translation>Filtrer radene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="110"/>
        <source>Long table</source>
        <translation>Lang tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="111"/>
        <source>Pivot: indicators as columns</source>
        <translation>Pivot: indikatorer som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="112"/>
        <source>Pivot: periods as columns</source>
        <translation>Pivot: perioder som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="113"/>
        <source>Pivot: genders as columns</source>
        <translation>Pivot: kjønn som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="116"/>
        <source>Show one row per observation, or areas as rows</source>
        <translation>Vis én rad per observasjon, eller områder som rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="120"/>
        <source>Observations</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="124"/>
        <source>Table by indicator or period</source>
        <translation>Tabell per indikator eller periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="200"/>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="250"/>
        <source>{count} observations share a cell with another one; the pivot shows the first of each. The long table shows them all.</source>
        <translation>{count} observasjoner deler celle med en annen; pivottabellen viser den første av hver. Den lange tabellen viser alle.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="365"/>
        <source>Sort ascending</source>
        <translation>Sorter stigende</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="367"/>
        <source>Sort descending</source>
        <translation>Sorter synkende</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="372"/>
        <source>Hide column</source>
        <translation>Skjul kolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="374"/>
        <source>Show all columns</source>
        <translation>Vis alle kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="379"/>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="385"/>
        <source>Filter by value range…</source>
        <translation>Filtrer på verdiområde…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="389"/>
        <source>Only missing values</source>
        <translation>Bare manglende verdier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="464"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="469"/>
        <source>An observation with these keys already existed; its value was changed.</source>
        <translation>Det fantes allerede en observasjon med de samme nøklene; verdien ble endret.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="475"/>
        <source>Rows can be deleted in the long table.</source>
        <translation>Rader slettes i den lange tabellen.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="30"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="32"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="34"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="35"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="37"/>
        <source>Copy with &amp;headers</source>
        <translation>Kopier med &amp;overskrifter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="38"/>
        <source>Fill &amp;down</source>
        <translation>Fyll &amp;nedover</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="39"/>
        <source>C&amp;lear cells</source>
        <translation>&amp;Tøm celler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="40"/>
        <source>&amp;Add row…</source>
        <translation>&amp;Legg til rad…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="41"/>
        <source>De&amp;lete rows</source>
        <translation>&amp;Slett rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="45"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="105"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/edit_actions.py" line="108"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../digidesk/qt/error_text.py" line="23"/>
        <source>DigiDesk ran into an internal error ({kind}) and stopped this task; nothing was changed. Please report it with a copy of the file if you can.</source>
        <translation>DigiDesk fikk en intern feil ({kind}) og stoppet oppgaven; ingenting ble endret. Meld gjerne fra om feilen, med en kopi av filen om du kan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="82"/>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="127"/>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="178"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="87"/>
        <source>The table as shown: “{name}” (filtered, sorted, long or pivoted)</source>
        <translation>Tabellen slik den vises: «{name}» (filtrert, sortert, lang eller pivotert)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="93"/>
        <source>The whole workspace: every dataset, indicators, areas, strategy and awards</source>
        <translation>Hele arbeidsområdet: alle datasett, indikatorer, områder, strategi og priser</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="99"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-arbeidsbok (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="100"/>
        <source>CSV text file (.csv)</source>
        <translation>CSV-tekstfil (.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="107"/>
        <source>For Swedish and Norwegian Excel (semicolon, decimal comma)</source>
        <translation>For svensk og norsk Excel (semikolon, desimalkomma)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="109"/>
        <source>Standard (comma, decimal point)</source>
        <translation>Standard (komma, desimalpunktum)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="114"/>
        <source>Excel and LibreOffice read codes such as 0180 in a CSV file as numbers and drop the leading zero; an Excel workbook keeps them as text.</source>
        <translation>Excel og LibreOffice leser koder som 0301 i en CSV-fil som tall og mister nullen først; en Excel-arbeidsbok beholder dem som tekst.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="122"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="142"/>
        <source>What</source>
        <translation>Hva</translation>
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
        <translation>CSV-tekstfil (*.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/export_dialog.py" line="176"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
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
        <translation>Åpner demoarbeidsområdet…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="131"/>
        <source>The demo could not be opened.</source>
        <translation>Demoarbeidsområdet kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="162"/>
        <location filename="../../digidesk/qt/files.py" line="258"/>
        <source>Spreadsheets and tables ({patterns})</source>
        <translation>Regneark og tabeller ({patterns})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="164"/>
        <location filename="../../digidesk/qt/files.py" line="260"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="287"/>
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="288"/>
        <source>“{name}” could not be opened.</source>
        <translation>«{name}» kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="158"/>
        <source>Open workspace</source>
        <translation>Åpne arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="183"/>
        <source>Save workspace</source>
        <translation>Lagre arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="160"/>
        <location filename="../../digidesk/qt/files.py" line="185"/>
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbeidsområder (*.digidesk)</translation>
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
        <translation>Lagrer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="223"/>
        <location filename="../../digidesk/qt/files.py" line="248"/>
        <source>“{name}” could not be saved.</source>
        <translation>«{name}» kunne ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="256"/>
        <source>Import table</source>
        <translation>Importer tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="290"/>
        <location filename="../../digidesk/qt/files.py" line="354"/>
        <source>Importing {name}…</source>
        <translation>Importerer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="291"/>
        <source>“{name}” could not be imported.</source>
        <translation>«{name}» kunne ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="372"/>
        <source>Import “{name}”</source>
        <translation>Importer «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="476"/>
        <source>Exporting {name}…</source>
        <translation>Eksporterer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="472"/>
        <location filename="../../digidesk/qt/files.py" line="479"/>
        <source>“{name}” could not be exported.</source>
        <translation>«{name}» kunne ikke eksporteres.</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="50"/>
        <source>someone</source>
        <translation>noen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="53"/>
        <source>The file is open elsewhere</source>
        <translation>Filen er åpen et annet sted</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="55"/>
        <source>“{name}” seems to be open in {program} ({who}).</source>
        <translation>«{name}» ser ut til å være åpen i {program} ({who}).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="61"/>
        <source>Open it read-only to look without changing it, open a copy to work on your own, or open it anyway if you know it is no longer in use.</source>
        <translation>Åpne den skrivebeskyttet for å se uten å endre, åpne en kopi for å jobbe på egen hånd, eller åpne den likevel hvis du vet at den ikke lenger er i bruk.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="65"/>
        <source>Open &amp;read-only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="66"/>
        <source>Open a &amp;copy</source>
        <translation>Åpne en &amp;kopi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="67"/>
        <source>Open &amp;anyway</source>
        <translation>Åpne &amp;likevel</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="92"/>
        <source>The file has changed</source>
        <translation>Filen er endret</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="94"/>
        <source>“{name}” was changed by another program since DigiDesk opened it.</source>
        <translation>«{name}» er endret av et annet program siden DigiDesk åpnet den.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="99"/>
        <source>Saving over it replaces those changes; Save As keeps both.</source>
        <translation>Lagrer du over den, erstattes de endringene; Lagre som tar vare på begge.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="101"/>
        <source>Save &amp;over it</source>
        <translation>Lagre &amp;over den</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/file_guard.py" line="102"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="199"/>
        <source>Areas</source>
        <extracomment>The conditions changed: pickers when their popup closes, limits after a typing pause.</extracomment>
        <translation>Områder</translation>
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
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="225"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="226"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="226"/>
        <source>Lowest value to show</source>
        <translation>Laveste verdi som vises</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="229"/>
        <source>Max</source>
        <translation>Maks</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="229"/>
        <source>Highest value to show</source>
        <translation>Høyeste verdi som vises</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="231"/>
        <source>Only missing</source>
        <translation>Bare manglende</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="232"/>
        <source>Show only rows without a value</source>
        <translation>Vis bare rader uten verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="235"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="318"/>
        <source>“{text}” is not a number, so it does not filter. Write e.g. 1 234,5.</source>
        <translation>«{text}» er ikke et tall og filtrerer derfor ikke. Skriv f.eks. 1 234,5.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="336"/>
        <source>{kind}: all</source>
        <translation>{kind}: alle</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/filter_panel.py" line="338"/>
        <source>{kind}: none</source>
        <translation>{kind}: ingen</translation>
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
        <translation>Tabellen har ingen verdikolonne: velg kolonnen som inneholder tallene.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="56"/>
        <source>The preview could not be made: {error}</source>
        <translation>Forhåndsvisningen kunne ikke lages: {error}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="62"/>
        <source>Column roles restored from your last import of a table like this one.</source>
        <translation>Kolonnenes roller er hentet fra din forrige import av en lignende tabell.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="68"/>
        <source>Note in the file: {text}</source>
        <translation>Merknad i filen: {text}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="72"/>
        <source>Notes in the file</source>
        <translation>Merknader i filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="77"/>
        <source>Some characters could not be read and were replaced.</source>
        <translation>Noen tegn kunne ikke leses og er erstattet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="79"/>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>Filen inneholdt NUL-tegn; de er fjernet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="81"/>
        <source>A quotation mark is not closed: the rows after it may be wrong.</source>
        <translation>Et anførselstegn er ikke lukket: radene etter det kan være feil.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="88"/>
        <source>Hidden sheets were not read: {names}</source>
        <translation>Skjulte ark ble ikke lest: {names}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="94"/>
        <source>Nothing to check.</source>
        <translation>Ingenting å kontrollere.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="104"/>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="109"/>
        <source>%n name(s) could not be matched to the area register: {names}</source>
        <translation>
            <numerusform>%n navn kunne ikke kobles til registeret: {names}</numerusform>
            <numerusform>%n navn kunne ikke kobles til registeret: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="117"/>
        <source>“{name}”: %n row(s), the first on row {row}</source>
        <translation>
            <numerusform>«{name}»: %n rad, på rad {row}</numerusform>
            <numerusform>«{name}»: %n rader, den første på rad {row}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="126"/>
        <source>%n cell(s) marked “{marker}” are read as missing values.</source>
        <translation>
            <numerusform>%n celle merket «{marker}» leses som manglende verdi.</numerusform>
            <numerusform>%n celler merket «{marker}» leses som manglende verdier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="135"/>
        <source>No period: no column holds years or dates.</source>
        <translation>Ingen periode: ingen kolonne inneholder år eller datoer.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="137"/>
        <source>No area: no column holds municipalities or regions.</source>
        <translation>Intet område: ingen kolonne inneholder kommuner eller regioner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="141"/>
        <source>%n row(s) without figures were left out.</source>
        <translation>
            <numerusform>%n rad uten tall ble utelatt.</numerusform>
            <numerusform>%n rader uten tall ble utelatt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="51"/>
        <source>Code and name</source>
        <translation>Kode og navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="52"/>
        <source>Area code</source>
        <translation>Områdekode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="53"/>
        <source>Area name</source>
        <translation>Områdenavn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="54"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="55"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="56"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="57"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="58"/>
        <source>Breakdown</source>
        <translation>Inndeling</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="59"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="82"/>
        <source>Import table — {name}</source>
        <translation>Importer tabell — {name}</translation>
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
        <translation>Ukjent</translation>
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
        <translation>Kolonner og rollene deres</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="159"/>
        <source>Header</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="159"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="160"/>
        <source>Title, notes and other rows</source>
        <translation>Tittel, merknader og andre rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="179"/>
        <source>The file as read</source>
        <translation>Filen slik den ble lest</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="180"/>
        <source>Result preview</source>
        <translation>Forhåndsvisning av resultatet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="181"/>
        <source>To check</source>
        <translation>Å kontrollere</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="209"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="210"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="235"/>
        <source>no value column</source>
        <translation>ingen verdikolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="328"/>
        <source>long table, one value per row</source>
        <translation>lang tabell, én verdi per rad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="329"/>
        <source>wide table, periods as columns</source>
        <translation>bred tabell, perioder som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="330"/>
        <source>wide table, indicators as columns</source>
        <translation>bred tabell, indikatorer som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="331"/>
        <source>wide table, areas as columns</source>
        <translation>bred tabell, områder som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="335"/>
        <source>No header row</source>
        <translation>Ingen overskriftsrad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="337"/>
        <source>Header: row {row}</source>
        <translation>Overskrift: rad {row}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="339"/>
        <source>Header: rows {first}–{last}</source>
        <translation>Overskrift: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="342"/>
        <source>data: rows {first}–{last}</source>
        <translation>data: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="384"/>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="418"/>
        <source>No observations.</source>
        <translation>Ingen observasjoner.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="421"/>
        <source>The first {shown} of {total} observations</source>
        <translation>De første {shown} av {total} observasjoner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="426"/>
        <source>(from the first {rows} of {all} data rows)</source>
        <translation>(fra de første {rows} av {all} datarader)</translation>
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
        <translation>Import av innsendte juryvurderingsfiler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="29"/>
        <source>%n sheet(s) can be imported</source>
        <translation>
            <numerusform>%n fil kan importeres</numerusform>
            <numerusform>%n filer kan importeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="31"/>
        <source>%n score(s) changed since the last import</source>
        <translation>
            <numerusform>%n poeng er endret siden forrige import</numerusform>
            <numerusform>%n poeng er endret siden forrige import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="33"/>
        <source>%n sheet(s) refused</source>
        <translation>
            <numerusform>%n fil avvist</numerusform>
            <numerusform>%n filer avvist</numerusform>
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
        <translation>importeres</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="42"/>
        <source>already imported (the same file)</source>
        <translation>allerede importert (samme fil)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="43"/>
        <source>a sheet for another award</source>
        <translation>en fil for en annen pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="44"/>
        <source>a sheet for a juror this award does not have</source>
        <translation>en fil for et jurymedlem som prisen ikke har</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="45"/>
        <source>the template was changed (rows, columns or its identification): not imported</source>
        <translation>malen er endret (rader, kolonner eller identifikasjonen): importeres ikke</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="47"/>
        <source>not a DigiDesk juror sheet</source>
        <translation>ingen juryvurderingsfil fra DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="48"/>
        <source>cannot be read</source>
        <translation>kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="49"/>
        <source>a second sheet of the same juror in this import</source>
        <translation>enda en fil fra samme jurymedlem i denne importen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="52"/>
        <source>not a number</source>
        <translation>ikke et tall</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="53"/>
        <source>outside the scale</source>
        <translation>utenfor skalaen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="54"/>
        <source>the juror has a conflict of interest for this nominee</source>
        <translation>jurymedlemmet er inhabilt for den nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="68"/>
        <source>made before the criteria, nominees or conflicts last changed</source>
        <translation>laget før kriterier, nominerte eller inhabilitet sist ble endret</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="72"/>
        <source>cell {cell}</source>
        <translation>celle {cell}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="79"/>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="87"/>
        <source>%n empty cell(s): the scores already entered are kept</source>
        <translation>
            <numerusform>%n tom celle: poengene som allerede finnes, beholdes</numerusform>
            <numerusform>%n tomme celler: poengene som allerede finnes, beholdes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/jury_import_dialog.py" line="93"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>JuryResultsView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="75"/>
        <source>Export protocol…</source>
        <translation>Eksporter protokoll…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="76"/>
        <source>The jury protocol as an Excel workbook and a PDF</source>
        <translation>Juryprotokollen som Excel-arbeidsbok og PDF</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="78"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="121"/>
        <source>Nominee</source>
        <translation>Nominert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="79"/>
        <source>Disagreement (SD)</source>
        <translation>Uenighet (std.avv.)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="79"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="121"/>
        <location filename="../../digidesk/qt/views/jury_results.py" line="122"/>
        <source>Wins of 1,000 weightings</source>
        <translation>Vinner av 1 000 vektinger</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="82"/>
        <source>Results by every method</source>
        <translation>Resultat med hver metode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="94"/>
        <source>The place by each method is in brackets (“shared” where nominees tie); the winner&apos;s score is in bold. Each juror&apos;s total for a nominee is the weighted mean of the criteria that juror scored. Weighted mean: the mean of the jurors&apos; totals. Normalised per juror: each juror&apos;s scores are first put on a common footing (mean 0, standard deviation 1), so that a strict and a generous juror count alike. Rank points: each juror&apos;s order of the nominees, from 1 point for its first to 0 for its last. Median: the middle total. Disagreement is the standard deviation of the jurors&apos; totals. Conflicts of interest are left out everywhere.</source>
        <translation>Plassen etter hver metode står i parentes («delt» når nominerte har like mange poeng); vinnerens poeng er i fet skrift. Et jurymedlems totalpoeng for en nominert er det vektede gjennomsnittet av kriteriene jurymedlemmet har vurdert. Vektet gjennomsnitt: gjennomsnittet av jurymedlemmenes totalpoeng. Normalisert per jurymedlem: hvert jurymedlems poeng gjøres først sammenlignbare (gjennomsnitt 0, standardavvik 1), slik at et strengt og et rundhåndet jurymedlem teller likt. Rangpoeng: hvert jurymedlems rekkefølge av de nominerte, fra 1 poeng for den første til 0 for den siste. Median: den midterste totalpoengsummen. Uenighet er standardavviket for jurymedlemmenes totalpoeng. Poeng der inhabilitet foreligger, telles aldri.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="108"/>
        <source>Agreement between jurors</source>
        <translation>Samsvar mellom jurymedlemmene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="112"/>
        <source>Spearman&apos;s ρ between jurors, over the nominees both scored:</source>
        <translation>Spearmans ρ mellom jurymedlemmene, over de nominerte begge har vurdert:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="116"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="116"/>
        <source>Share of the weight</source>
        <translation>Andel av vekten</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="117"/>
        <source>Smallest weight change that changes the winner</source>
        <translation>Minste vektendring som bytter vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="117"/>
        <source>Then wins</source>
        <translation>Da vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="120"/>
        <source>Weight changes that change the winner</source>
        <translation>Vektendringer som endrer vinneren</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="131"/>
        <source>All methods</source>
        <translation>Alle metoder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="132"/>
        <source>Agreement</source>
        <translation>Samstemmighet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="133"/>
        <source>Sensitivity</source>
        <translation>Følsomhet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="134"/>
        <source>Nominee profile</source>
        <translation>De nominertes profil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="136"/>
        <source>Chosen method:</source>
        <translation>Valgt metode:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="149"/>
        <source>Weighted mean</source>
        <translation>Vektet gjennomsnitt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="150"/>
        <source>Normalised per juror (z)</source>
        <translation>Normalisert per jurymedlem (z)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="151"/>
        <source>Rank points (Borda)</source>
        <translation>Rangpoeng (Borda)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="152"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="189"/>
        <source>{criterion} from data</source>
        <translation>{criterion} fra data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="190"/>
        <source>Score “{criterion}” from {indicator} instead of the jurors: min–max over all kommuner of the country, mapped onto the scale</source>
        <translation>Gi «{criterion}» poeng fra {indicator} i stedet for fra jurymedlemmene: min–maks over alle landets kommuner, regnet om til skalaen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="255"/>
        <source>The winner depends on the method. {winners}</source>
        <translation>Vinneren avhenger av metoden. {winners}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="259"/>
        <source>Every method names the same winner: {winner}.</source>
        <translation>Alle metodene kårer samme vinner: {winner}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="276"/>
        <source> shared</source>
        <translation> delt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="285"/>
        <source>Standard deviation of the jurors&apos; totals: how much the jurors disagree on this nominee</source>
        <translation>Standardavviket for jurymedlemmenes totalpoeng: hvor uenige jurymedlemmene er om den nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="295"/>
        <source>Normalisation unreliable (fewer scores than twice the number of criteria): {jurors}</source>
        <translation>Normaliseringen er usikker (færre poeng enn dobbelt så mange som kriteriene): {jurors}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="305"/>
        <source>Kendall&apos;s W: not defined ({count} jurors scored every nominee; it takes 2)</source>
        <translation>Kendalls W: ikke definert ({count} jurymedlemmer har vurdert alle nominerte; det kreves 2)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="309"/>
        <source>Kendall&apos;s W: {w} over the {count} jurors who scored every nominee (1 is full agreement, 0 none)</source>
        <translation>Kendalls W: {w} for de {count} jurymedlemmene som har vurdert alle nominerte (1 er full samstemmighet, 0 ingen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/jury_results.py" line="328"/>
        <source>over %n nominee(s) both scored</source>
        <translation>
            <numerusform>over %n nominert som begge har vurdert</numerusform>
            <numerusform>over %n nominerte som begge har vurdert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="339"/>
        <source>none, from 0 to 10 times the weight</source>
        <translation>ingen, fra 0 til 10 ganger vekten</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="343"/>
        <source>(weight × {factor})</source>
        <translation>(vekten × {factor})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="350"/>
        <source>Each criterion&apos;s weight is changed alone (the others kept, then all renormalised). Below: how often each nominee wins the weighted mean when the weights are drawn 1,000 times around the chosen ones (Dirichlet, concentration 50, fixed seed).</source>
        <translation>Hvert kriteriums vekt endres for seg (de andre beholdes, og alle normeres på nytt). Nedenfor: hvor ofte hver nominert vinner det vektede gjennomsnittet når vektene trekkes 1 000 ganger rundt de valgte (Dirichlet, konsentrasjon 50, fast startverdi).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="364"/>
        <source>Export protocol</source>
        <translation>Eksporter protokoll</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="365"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_results.py" line="403"/>
        <source>Wrote the protocol {name} and {pdf}</source>
        <translation>Protokollen {name} og {pdf} er skrevet</translation>
    </message>
</context>
<context>
    <name>JuryScoringView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="54"/>
        <source>Scores</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="63"/>
        <source>A comment on the chosen score</source>
        <translation>En kommentar til de valgte poengene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="73"/>
        <source>✎ the score has a comment (shown below when the cell is chosen) · grey: a declared conflict of interest, no score</source>
        <translation>✎ poengene har en kommentar (vises nedenfor når cellen velges) · grå: meldt inhabilitet, ingen poeng</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="76"/>
        <source>Export juror sheets…</source>
        <translation>Eksporter juryvurderingsfiler…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="78"/>
        <source>One Excel workbook per juror, to fill in without DigiDesk</source>
        <translation>Én Excel-arbeidsbok per jurymedlem, til å fylle ut uten DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="81"/>
        <source>Import returned sheets…</source>
        <translation>Importer innsendte filer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="82"/>
        <source>Read the jurors&apos; filled-in workbooks, all at once</source>
        <translation>Les inn jurymedlemmenes utfylte arbeidsbøker, alle på én gang</translation>
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
        <translation>Lås opp poenggivingen…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="123"/>
        <source>Lock scoring…</source>
        <translation>Lås poenggivingen…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="125"/>
        <source>Scoring is locked: changes need an unlock, which the protocol records.</source>
        <translation>Poenggivingen er låst: endringer krever en opplåsing, som føres inn i protokollen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="159"/>
        <source>The juror has declared a conflict of interest for this nominee and cannot score it: {reason}</source>
        <translation>Jurymedlemmet har meldt inhabilitet for den nominerte og kan ikke gi poeng: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="178"/>
        <source>Unlock scoring</source>
        <translation>Lås opp poenggivingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="178"/>
        <source>Lock scoring</source>
        <translation>Lås poenggivingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="180"/>
        <source>Why is scoring unlocked? The reason goes into the protocol.</source>
        <translation>Hvorfor låses poenggivingen opp? Grunnen føres inn i protokollen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="181"/>
        <source>Lock the scores for the protocol. Note (optional):</source>
        <translation>Lås poengene før protokollen. Merknad (valgfritt):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="193"/>
        <source>Folder for the juror sheets</source>
        <translation>Mappe for juryvurderingsfilene</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="230"/>
        <source>Wrote %n juror sheet(s).</source>
        <translation>
            <numerusform>%n juryvurderingsfil er skrevet.</numerusform>
            <numerusform>%n juryvurderingsfiler er skrevet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="242"/>
        <source>Returned juror sheets</source>
        <translation>Innsendte juryvurderingsfiler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_scoring.py" line="242"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>JurySetupView</name>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="73"/>
        <source>Tick a nominee the juror has declared a conflict of interest for, and write the reason in the cell. The juror then cannot score that nominee.</source>
        <translation>Kryss av for en nominert som jurymedlemmet har meldt inhabilitet for, og skriv grunnen i cellen. Jurymedlemmet kan da ikke gi den nominerte poeng.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="78"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="81"/>
        <source>Nominees</source>
        <translation>Nominerte</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="83"/>
        <source>Jurors</source>
        <translation>Jurymedlemmer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="85"/>
        <source>Conflicts of interest</source>
        <translation>Inhabilitet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="108"/>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="110"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="138"/>
        <source>New criterion</source>
        <translation>Nytt kriterium</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="138"/>
        <source>Name of the criterion:</source>
        <translation>Kriteriets navn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="144"/>
        <source>New nominee</source>
        <translation>Ny nominert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="144"/>
        <source>Kommun code (for example 0186):</source>
        <translation>Kommunenummer (for eksempel 0301):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="154"/>
        <source>New juror</source>
        <translation>Nytt jurymedlem</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/jury_setup.py" line="154"/>
        <source>Name of the juror:</source>
        <translation>Jurymedlemmets navn:</translation>
    </message>
</context>
<context>
    <name>JuryTables</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="90"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="39"/>
        <source>Link {id} to data</source>
        <translation>Koble {id} til data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="49"/>
        <source>Search indicators by title or id</source>
        <translation>Søk indikator på navn eller id</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="54"/>
        <source>kommun code, e.g. 2284</source>
        <translation>kommunenummer, f.eks. 0301</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="56"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="56"/>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="57"/>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="62"/>
        <source>e.g. 2019</source>
        <translation>f.eks. 2019</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="71"/>
        <source>Use the suggestion</source>
        <translation>Bruk forslaget</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="77"/>
        <source>Area:</source>
        <translation>Område:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="78"/>
        <source>Gender:</source>
        <translation>Kjønn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="81"/>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="83"/>
        <source>Baseline:</source>
        <translation>Utgangsverdi:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="87"/>
        <source>Target value:</source>
        <translation>Målverdi:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="91"/>
        <source>The text suggests:</source>
        <translation>Teksten foreslår:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="95"/>
        <source>Link</source>
        <translation>Koble</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="120"/>
        <source>{change} % of the baseline</source>
        <translation>{change} % av utgangsverdien</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="123"/>
        <source>{change} on the baseline</source>
        <translation>{change} på utgangsverdien</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="125"/>
        <source>due {year}</source>
        <translation>frist {year}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="126"/>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="159"/>
        <source>Give the baseline first: the target is relative to it.</source>
        <translation>Oppgi utgangsverdien først: målet er regnet fra den.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="172"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/link_dialog.py" line="175"/>
        <source>Choose an indicator.</source>
        <translation>Velg en indikator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="53"/>
        <source>Opening…</source>
        <translation>Åpner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="451"/>
        <location filename="../../digidesk/qt/mainwindow.py" line="452"/>
        <source>Navigator</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="453"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="140"/>
        <source>Imported {name}</source>
        <translation>Importerte {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="103"/>
        <source>The import of {name} was cancelled.</source>
        <translation>Importen av {name} ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="43"/>
        <source>The recovery copy could not be written: {reason}</source>
        <translation>Gjenopprettingskopien kunne ikke lagres: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="454"/>
        <source>Stop reading, importing or exporting the file</source>
        <translation>Avbryt lesingen, importen eller eksporten av filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="86"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="109"/>
        <source>Exported {name}</source>
        <translation>Eksporterte {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="114"/>
        <source>The export of {name} was cancelled; no file was written.</source>
        <translation>Eksporten av {name} ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="122"/>
        <source>Saved {name}</source>
        <translation>Lagret {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="151"/>
        <source>New workspace</source>
        <translation>Nytt arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="276"/>
        <source>Import a table first: there is nothing to compare.</source>
        <translation>Importer en tabell først: det er ingenting å sammenligne.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="294"/>
        <source>Sorting and filtering…</source>
        <translation>Sorterer og filtrerer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="310"/>
        <source>{shown} of {total} observations</source>
        <translation>{shown} av {total} observasjoner</translation>
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
        <translation>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;Et verktøy uten nettavhengighet for oppfølging av kommunal digitalisering i Sverige og Norge: indikatorer, strategier og juryarbeid.&lt;/p&gt;&lt;p&gt;Områderegistre: SCB (Sverige) og SSB Klass 131 (Norge).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="409"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="410"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Vil du lagre endringene i «{name}» før det lukkes?</translation>
    </message>
</context>
<context>
    <name>ManualStatusDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="113"/>
        <source>Set status by hand</source>
        <translation>Sett status manuelt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="115"/>
        <source>Computed from the data</source>
        <translation>Beregnet fra dataene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="124"/>
        <source>Why? The comment is kept with the date.</source>
        <translation>Hvorfor? Kommentaren lagres med dato.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="125"/>
        <source>Every status set by hand is kept in the target&apos;s history.</source>
        <translation>Hver manuelt satt status lagres i historikken til oppfølgingen.</translation>
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
        <translation>Datasett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="52"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="53"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="54"/>
        <source>Award</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="55"/>
        <source>Area groups</source>
        <translation>Områdegrupper</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="69"/>
        <source>Compare areas</source>
        <translation>Sammenlign områder</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="44"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="45"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
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
        <translation>Søyler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="53"/>
        <source>Draw the profile as a radar or as bars</source>
        <translation>Tegn profilen som radar eller som søyler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="57"/>
        <source>Drawn as:</source>
        <translation>Vises som:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="67"/>
        <source>Drawing the profile…</source>
        <translation>Profilen tegnes…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="145"/>
        <source>No profile to draw: link a criterion to an indicator in Set-up, or import figures for the nominees’ kommuner.</source>
        <translation>Ingen profil å vise: koble et kriterium til en indikator under Oppsett, eller importer tall for de nominertes kommuner.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="225"/>
        <source>No criterion is linked to an indicator: the profile shows the comparison’s indicators that have a direction: {added}.</source>
        <translation>Ingen kriterier er koblet til en indikator: profilen viser sammenligningens indikatorer som har en retning: {added}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="230"/>
        <source>From the criteria: {linked}. Added from the comparison, as fewer than three criteria have an indicator: {added}.</source>
        <translation>Fra kriteriene: {linked}. Lagt til fra sammenligningen, siden færre enn tre kriterier har en indikator: {added}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="234"/>
        <source>The indicators of the criteria: {linked}.</source>
        <translation>Kriterienes indikatorer: {linked}.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/nominee_profile.py" line="238"/>
        <source>Each indicator in its latest period, from 0 (the weakest kommun) to 1 (the strongest); the dashed line is the median kommun.</source>
        <translation>Hver indikator i sin siste periode, fra 0 (den svakeste kommunen) til 1 (den sterkeste); den stiplede linjen er mediankommunen.</translation>
    </message>
</context>
<context>
    <name>NomineesModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Nominee</source>
        <translation>Nominert</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_setup.py" line="164"/>
        <source>Motivation</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="150"/>
        <source>Comment for a follow-up year</source>
        <translation>Kommentar for et oppfølgingsår</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="68"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="69"/>
        <source>Value</source>
        <translation>Verdi</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="226"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/pivot_model.py" line="252"/>
        <source>No observation: type a value to add one</source>
        <translation>Ingen observasjon: skriv en verdi for å legge til en</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="58"/>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
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
        <translation>Ingen: spør når en fil ikke sier det</translation>
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
        <translation>Lagre automatisk etter en pause på</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="82"/>
        <source>Semicolon and decimal comma (Swedish and Norwegian Excel)</source>
        <translation>Semikolon og desimalkomma (svensk og norsk Excel)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="83"/>
        <source>Comma and decimal point</source>
        <translation>Komma og desimalpunktum</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="87"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="88"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="93"/>
        <source>Numbers in tables, charts and dialogs follow the number format above; a spreadsheet program shows exported numbers in its own settings. The default country is taken for an imported table whose area codes could be Swedish or Norwegian. Unsaved work is written to a recovery copy after a pause of the time above, and within a minute in any case.</source>
        <translation>Tall i tabeller, diagrammer og dialogbokser følger tallformatet over; et regnearkprogram viser eksporterte tall etter sine egne innstillinger. Standardlandet brukes for en importert tabell der områdekodene kan være både svenske og norske. Ulagret arbeid skrives til en gjenopprettingskopi etter en pause på tiden over, og uansett innen ett minutt.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="110"/>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="111"/>
        <source>&amp;Numbers</source>
        <translation>Tall&amp;format</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="112"/>
        <source>Default &amp;country</source>
        <translation>Standard&amp;land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="113"/>
        <source>&amp;Autosave after a pause of</source>
        <translation>Lagre &amp;automatisk etter en pause på</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/preferences.py" line="114"/>
        <source>CSV &amp;export</source>
        <translation>CSV-&amp;eksport</translation>
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
        <translation>Diagrammet trenger en målverdi og et målår.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/progress_chart.py" line="88"/>
        <source>The linked indicator has no figures for this area.</source>
        <translation>Den koblede indikatoren har ingen verdier for dette området.</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="78"/>
        <source>{name} (earlier version)</source>
        <translation>{name} (tidligere versjon)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="82"/>
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="85"/>
        <source>The version could not be opened.</source>
        <translation>Versjonen kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="97"/>
        <source>Restoring {name}…</source>
        <translation>Gjenoppretter {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="100"/>
        <source>“{name}” could not be restored.</source>
        <translation>«{name}» kunne ikke gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="116"/>
        <source>Restoring unsaved work…</source>
        <translation>Gjenoppretter ulagret arbeid…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="119"/>
        <source>The unsaved work could not be restored.</source>
        <translation>Det ulagrede arbeidet kunne ikke gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="130"/>
        <source>{name} (recovered)</source>
        <translation>{name} (gjenopprettet)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="134"/>
        <source>Save the recovered work</source>
        <translation>Lagre det gjenopprettede arbeidet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="136"/>
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbeidsområder (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/recovery_actions.py" line="148"/>
        <source>“{name}” could not be saved.</source>
        <translation>«{name}» kunne ikke lagres.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="31"/>
        <source>Recover unsaved work</source>
        <translation>Gjenopprett ulagret arbeid</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="36"/>
        <source>DigiDesk ended without closing while this work was unsaved. Its last recovery copy is kept; choose what to do with it.</source>
        <translation>DigiDesk ble avsluttet uten å lukkes mens dette arbeidet var ulagret. Den siste gjenopprettingskopien er tatt vare på; velg hva du vil gjøre med den.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Workspace</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Datasets</source>
        <translation>Datasett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="45"/>
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="54"/>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="100"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="70"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="70"/>
        <source>Open the work as it was, unsaved</source>
        <translation>Åpne arbeidet slik det var, ulagret</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="71"/>
        <source>Save &amp;as…</source>
        <translation>Lagre so&amp;m…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="71"/>
        <source>Write the work to a file of its own</source>
        <translation>Lagre arbeidet i en egen fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="72"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="72"/>
        <source>Remove this recovery copy for good</source>
        <translation>Fjern gjenopprettingskopien for godt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="78"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="79"/>
        <source>Keep the copies and ask again at the next start</source>
        <translation>Behold kopiene og spør igjen neste gang</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="98"/>
        <source>Discard the recovery copy?</source>
        <translation>Forkaste gjenopprettingskopien?</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/recovery_dialog.py" line="99"/>
        <source>The unsaved work in “{name}” will be gone for good.</source>
        <translation>Det ulagrede arbeidet i «{name}» forsvinner for godt.</translation>
    </message>
</context>
<context>
    <name>ScoreGridModel</name>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="115"/>
        <source>conflict of interest</source>
        <translation>inhabil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="135"/>
        <source>Declared conflict of interest: {reason}</source>
        <translation>Meldt inhabilitet: {reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="136"/>
        <source>no reason given</source>
        <translation>ingen grunn oppgitt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="140"/>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="144"/>
        <source>From data: {score} (value {value}, {period})</source>
        <translation>Fra data: {score} (verdi {value}, {period})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/jury_scores.py" line="176"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="43"/>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="54"/>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="44"/>
        <source>In the views</source>
        <translation>I visningene</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="46"/>
        <source>Copy the comparison with its headings</source>
        <translation>Kopier sammenligningen med overskrifter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="47"/>
        <source>Edit the current cell</source>
        <translation>Rediger den markerte cellen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="48"/>
        <source>Next or previous field</source>
        <translation>Neste eller forrige felt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="49"/>
        <source>Leave a table for the next field</source>
        <translation>Forlat en tabell for neste felt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="50"/>
        <source>Open a menu by its underlined letter</source>
        <translation>Åpne en meny med den understrekede bokstaven</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/shortcuts.py" line="53"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="49"/>
        <source>Similar kommuner</source>
        <translation>Lignende kommuner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="76"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="76"/>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Kommun</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Difference index</source>
        <translation>Forskjellsindeks</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="87"/>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="88"/>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="98"/>
        <source>Difference index: each indicator&apos;s values are turned into standard scores over all kommuner of the country; the index is the weighted root mean square of the differences. 0 is identical, 1 is about one standard deviation apart. A kommun lacking indicators that carry more than half the weight is not listed.</source>
        <translation>Forskjellsindeks: hver indikators verdier gjøres om til standardverdier (z-verdier) over alle landets kommuner; indeksen er det vektede kvadratiske gjennomsnittet av forskjellene. 0 er lik, 1 er omtrent ett standardavvik fra. En kommune som mangler indikatorer med mer enn halve vekten, vises ikke.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="109"/>
        <source>Add to the comparison</source>
        <translation>Legg til i sammenligningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="111"/>
        <source>Save as group…</source>
        <translation>Lagre som gruppe…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="118"/>
        <source>Like</source>
        <translation>Ligner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="119"/>
        <source>How many</source>
        <translation>Hvor mange</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="122"/>
        <source>Indicators and their weights:</source>
        <translation>Indikatorer og vektene deres:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="175"/>
        <source>Weight of {name}</source>
        <translation>Vekt for {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="243"/>
        <source>the kommun has no value</source>
        <translation>kommunen mangler verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="244"/>
        <source>every kommun has the same value</source>
        <translation>alle kommuner har samme verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="245"/>
        <source>its weight is 0</source>
        <translation>vekten er 0</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="249"/>
        <source>Left out: {name} ({reason}).</source>
        <translation>Utelatt: {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="257"/>
        <source>{count} kommuner lack too many of the indicators to be compared.</source>
        <translation>{count} kommuner mangler for mange av indikatorene til å sammenlignes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="273"/>
        <source>Like {name}</source>
        <translation>Ligner {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="275"/>
        <source>Save as area group</source>
        <translation>Lagre som områdegruppe</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/similar_dialog.py" line="275"/>
        <source>Name of the group:</source>
        <translation>Gruppens navn:</translation>
    </message>
</context>
<context>
    <name>StrategyActions</name>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="29"/>
        <source>Import s&amp;trategy…</source>
        <translation>Importer s&amp;trategi…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="31"/>
        <source>New strategy from &amp;template…</source>
        <translation>Ny strategi fra &amp;mal…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="62"/>
        <location filename="../../digidesk/qt/strategy_actions.py" line="92"/>
        <source>Import strategy</source>
        <translation>Importer strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="64"/>
        <source>Strategy documents and sheets ({patterns})</source>
        <translation>Strategidokumenter og regneark ({patterns})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="73"/>
        <source>Reading {name}…</source>
        <translation>Leser {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="93"/>
        <source>{name} could not be imported.

{reason}</source>
        <translation>{name} kunne ikke importeres.

{reason}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="120"/>
        <source>New strategy from template</source>
        <translation>Ny strategi fra mal</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="121"/>
        <source>Strategy.xlsx</source>
        <translation>Strategi.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="122"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/strategy_actions.py" line="136"/>
        <source>Saved {name}: fill it in, one row per target, and read it in with File ▸ Import strategy….</source>
        <translation>Lagret {name}: fyll inn én rad per målbar oppfølging og les inn filen med Fil ▸ Importer strategi….</translation>
    </message>
</context>
<context>
    <name>StrategyDetail</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="34"/>
        <source>Select a goal, development area or target.</source>
        <translation>Velg et mål, et utviklingsområde eller en målbar oppfølging.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="38"/>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="41"/>
        <source>Comments per follow-up year</source>
        <translation>Kommentarer per oppfølgingsår</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="43"/>
        <source>Comment for a year…</source>
        <translation>Kommentar for et år…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="69"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="69"/>
        <source>Development area</source>
        <translation>Utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="86"/>
        <source>Measurable target</source>
        <translation>Målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="87"/>
        <source>due {year}</source>
        <translation>frist {year}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="102"/>
        <source>Perspectives:</source>
        <translation>Perspektiver:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="115"/>
        <source>Set by hand</source>
        <translation>Satt manuelt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="124"/>
        <source>computed</source>
        <translation>beregnet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="128"/>
        <source>Not linked to data. Use Link to data… to choose an indicator.</source>
        <translation>Ikke koblet til data. Velg en indikator med Koble til data…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_detail.py" line="142"/>
        <source>Linked data:</source>
        <translation>Koblede data:</translation>
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
        <translation>Nytt utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="28"/>
        <source>Add target</source>
        <translation>Ny målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="29"/>
        <source>Edit…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="30"/>
        <source>Link to data…</source>
        <translation>Koble til data…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="31"/>
        <source>Set status…</source>
        <translation>Sett status…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="32"/>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="33"/>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="34"/>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="254"/>
        <source>Move to…</source>
        <translation>Flytt til…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="35"/>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="271"/>
        <source>Delete</source>
        <translation>Slett</translation>
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
        <translation>Nytt utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="135"/>
        <source>New measurable target</source>
        <translation>Ny målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="148"/>
        <source>Edit measurable target</source>
        <translation>Endre målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="161"/>
        <source>Edit goal</source>
        <translation>Endre mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="161"/>
        <source>Edit development area</source>
        <translation>Endre utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="244"/>
        <source>(no development area)</source>
        <translation>(uten utviklingsområde)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="247"/>
        <source>Move the target to the development area:</source>
        <translation>Flytt oppfølgingen til utviklingsområdet:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="250"/>
        <source>Move the development area to the goal:</source>
        <translation>Flytt utviklingsområdet til målet:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_edits.py" line="273"/>
        <source>Delete “{name}” and everything under it? Edit ▸ Undo takes it back.</source>
        <translation>Slette «{name}» med alt under? Rediger ▸ Angre tar det tilbake.</translation>
    </message>
</context>
<context>
    <name>StrategyImportWizard</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="49"/>
        <source>Import strategy — {name}</source>
        <translation>Importer strategi — {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="55"/>
        <source>kommun code, e.g. 2284</source>
        <translation>kommunenummer, f.eks. 0301</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="59"/>
        <source>Goal / development area / target</source>
        <translation>Mål / utviklingsområde / målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="59"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="70"/>
        <source>Read from a spreadsheet: there is no document text to show.</source>
        <translation>Lest fra et regneark: det er ingen dokumenttekst å vise.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="78"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="79"/>
        <source>Municipality:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="89"/>
        <source>The document as read</source>
        <translation>Dokumentet slik det ble lest</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="103"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="115"/>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="116"/>
        <source>development area</source>
        <translation>utviklingsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="117"/>
        <source>measurable target</source>
        <translation>målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="118"/>
        <source>due year</source>
        <translation>frist</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="119"/>
        <source>perspective</source>
        <translation>perspektiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_import_wizard.py" line="216"/>
        <source>{goals} goals, {areas} development areas, {targets} measurable targets</source>
        <translation>{goals} mål, {areas} utviklingsområder, {targets} målbare oppfølginger</translation>
    </message>
</context>
<context>
    <name>StrategyModel</name>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="129"/>
        <source>Goal / development area / target</source>
        <translation>Mål / utviklingsområde / målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="131"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="132"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="133"/>
        <source>Perspectives</source>
        <translation>Perspektiver</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/strategy_model.py" line="172"/>
        <source>(no development area)</source>
        <translation>(uten utviklingsområde)</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="104"/>
        <source>Goals, development areas and targets</source>
        <translation>Mål, utviklingsområder og målbar oppfølging</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="149"/>
        <source>Follow-up as of</source>
        <translation>Oppfølging per</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="160"/>
        <source>Follow-up as of:</source>
        <translation>Oppfølging per:</translation>
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
        <translation>Oppfølgingsrapport…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="179"/>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="182"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="217"/>
        <source>{goals} goals · {areas} development areas · {targets} measurable targets</source>
        <translation>{goals} overordnede mål · {areas} utviklingsområder · {targets} målbare oppfølgingspunkter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="280"/>
        <source>Follow-up {date}.xlsx</source>
        <translation>Oppfølging {date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="283"/>
        <source>Export follow-up report</source>
        <translation>Eksporter oppfølgingsrapport</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="285"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="303"/>
        <source>Writing the follow-up report…</source>
        <translation>Skriver oppfølgingsrapporten…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="307"/>
        <source>Wrote {name}</source>
        <translation>Skrev {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="316"/>
        <source>The report could not be written: {reason}</source>
        <translation>Rapporten kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="77"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="89"/>
        <source>Target:</source>
        <translation>Målbar oppfølging:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="90"/>
        <source>Due year:</source>
        <translation>Frist (år):</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/strategy_dialogs.py" line="92"/>
        <source>Perspectives:</source>
        <translation>Perspektiver:</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="58"/>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="71"/>
        <source>User guide</source>
        <extracomment>the guide to show for each interface language, best first</extracomment>
        <translation>Brukerveiledning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="62"/>
        <source>&amp;Contents</source>
        <translation>&amp;Innhold</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="64"/>
        <source>Contents of the user guide</source>
        <translation>Innholdet i brukerveiledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="65"/>
        <source>Choose a section to read it</source>
        <translation>Velg en del for å lese den</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="96"/>
        <source>Close the user guide</source>
        <translation>Lukk brukerveiledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/user_guide.py" line="141"/>
        <source>The user guide is missing from this installation: {path}</source>
        <translation>Brukerveiledningen mangler i denne installasjonen: {path}</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../digidesk/qt/views/value_editor.py" line="51"/>
        <source>“{text}” is not a number. Write e.g. 1 234,5 or 56,8 % or leave it empty.</source>
        <translation>«{text}» er ikke et tall. Skriv f.eks. 1 234,5 eller 56,8 % eller la feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="28"/>
        <source>Versions of “{name}”</source>
        <translation>Versjoner av «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="32"/>
        <source>DigiDesk keeps the last five versions of a workspace, one before each save.</source>
        <translation>DigiDesk tar vare på de fem siste versjonene av et arbeidsområde, én før hver lagring.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="34"/>
        <source>There is no earlier version yet: one is kept at each save.</source>
        <translation>Det finnes ingen tidligere versjon ennå: én tas vare på ved hver lagring.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="39"/>
        <source>Replaced by a save on</source>
        <translation>Erstattet ved lagring</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="39"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="59"/>
        <source>&amp;Open as a copy</source>
        <translation>&amp;Åpne som kopi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="60"/>
        <source>Open it as a new, unsaved workspace; the file stays as it is</source>
        <translation>Åpne den som et nytt, ulagret arbeidsområde; filen forblir som den er</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="64"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/versions_dialog.py" line="65"/>
        <source>Put it back as the file; the file as it is now is kept as a version</source>
        <translation>Sett den tilbake som filen; filen slik den er nå tas vare på som en versjon</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="252"/>
        <source>Welcome to DigiDesk</source>
        <extracomment>at most this many recent workspaces are listed labels drawn larger than the text, as (label, factor, bold)</extracomment>
        <translation>Velkommen til DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="255"/>
        <source>Follow up municipal digitalisation on real figures, see where a kommun stands and score award nominees as a jury.</source>
        <translation>Følg opp kommunal digitalisering med reelle tall, se hvor en kommune står, og vurder de nominerte til en pris som jury.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="259"/>
        <source>Read the user &amp;guide</source>
        <translation>&amp;Les brukerveiledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="260"/>
        <source>Read the user guide</source>
        <translation>Les brukerveiledningen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="261"/>
        <source>How each view works, with pictures</source>
        <translation>Hvordan hver visning fungerer, med bilder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="263"/>
        <source>Get started</source>
        <translation>Kom i gang</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="268"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Åpne &amp;demoarbeidsområdet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="269"/>
        <source>Open the demo workspace</source>
        <translation>Åpne demoarbeidsområdet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="271"/>
        <source>Public figures from Kolada, SCB, SSB and Digdir, Örnsköldsvik&apos;s digitalisation strategy and the award Sveriges Digitaliseringskommun: try everything on them without touching a file of your own.</source>
        <translation>Offentlig statistikk fra Kolada, SCB, SSB og Digdir, Örnsköldsviks digitaliseringsstrategi og prisen Sveriges Digitaliseringskommun: prøv alt på dem uten å røre dine egne filer.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="279"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer en fil…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="280"/>
        <source>Import a file</source>
        <translation>Importer en fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="282"/>
        <source>An Excel, LibreOffice or CSV file, such as an export from Kolada, SCB, SSB/KOSTRA or Digdir. You see what DigiDesk read before anything is imported.</source>
        <translation>En Excel-, LibreOffice- eller CSV-fil, for eksempel et uttrekk fra Kolada, SCB, SSB/KOSTRA eller Digdir. Du ser hva DigiDesk har lest, før noe blir importert.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="290"/>
        <source>&amp;Open a workspace…</source>
        <translation>Å&amp;pne et arbeidsområde…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="291"/>
        <source>Open a workspace</source>
        <translation>Åpne et arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="292"/>
        <source>A .digidesk file that you or a colleague saved earlier.</source>
        <translation>En .digidesk-fil som du eller en kollega har lagret tidligere.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="300"/>
        <source>&amp;Recent workspaces</source>
        <translation>&amp;Siste arbeidsområder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="301"/>
        <source>Recent workspaces</source>
        <translation>Siste arbeidsområder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="303"/>
        <source>Click a workspace, or press Enter, to open it</source>
        <translation>Klikk på et arbeidsområde, eller trykk på Enter, for å åpne det</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="306"/>
        <source>No recent workspaces yet. The ones you open or save are listed here.</source>
        <translation>Du har ikke åpnet noen arbeidsområder ennå. Arbeidsområdene du åpner eller lagrer, vises her.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="309"/>
        <source>What DigiDesk does for you</source>
        <translation>Hva DigiDesk gjør for deg</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="315"/>
        <source>For the strategist</source>
        <translation>For strategen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="317"/>
        <source>Follow up your digitalisation strategy: its goals, development areas and measurable targets, year by year on the real figures of the indicators they are measured by, ready to report to the council.</source>
        <translation>Følg opp digitaliseringsstrategien: mål, utviklingsområder og målbar oppfølging, år for år med de faktiske tallene for indikatorene de måles med – klart til å legges fram for kommunestyret.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="323"/>
        <source>For the analyst</source>
        <translation>For analytikeren</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="325"/>
        <source>See where a kommun stands: its rank among all kommuner, the national value and the median, its peer group and similar kommuner, with charts of the ranking and of the change over time.</source>
        <translation>Se hvor en kommune står: plasseringen blant alle kommuner, tallet for landet og medianen, sammenligningsgruppen og lignende kommuner, med diagrammer over plasseringen og utviklingen over tid.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="331"/>
        <source>For the jury</source>
        <translation>For juryen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="333"/>
        <source>Score the nominees offline, in DigiDesk or in plain Excel sheets, compare the aggregation methods side by side and hand over a protocol whose fingerprint anyone can verify.</source>
        <translation>Gi poeng til de nominerte uten nett, i DigiDesk eller i vanlige Excel-ark, sammenlign sammenvektingsmetodene side om side og lever en protokoll med et fingeravtrykk som hvem som helst kan kontrollere.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="345"/>
        <source>DigiDesk works without a network: your files stay on this computer, and unsaved work is kept in a recovery copy.</source>
        <translation>DigiDesk virker uten nett: filene dine blir på denne datamaskinen, og ulagret arbeid tas vare på i en gjenopprettingskopi.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/welcome.py" line="356"/>
        <source>{name} (not found)</source>
        <translation>{name} (finnes ikke)</translation>
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
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="43"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="44"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="45"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="46"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="54"/>
        <source>&amp;Versions…</source>
        <translation>&amp;Versjoner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="56"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="64"/>
        <source>&amp;Compare areas</source>
        <translation>&amp;Sammenlign områder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="66"/>
        <source>&amp;About DigiDesk</source>
        <translation>&amp;Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="68"/>
        <source>User &amp;guide</source>
        <translation>&amp;Brukerveiledning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="71"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="74"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="84"/>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="94"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="105"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="126"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Verktøylinje</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="151"/>
        <source>No recent files</source>
        <translation>Ingen nylige filer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="158"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/window_menus.py" line="158"/>
        <source>“{name}” no longer exists.</source>
        <translation>«{name}» finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="155"/>
        <source>{name} (read-only)</source>
        <extracomment>opened read-only (another program has the file open): saving asks for a new name</extracomment>
        <translation>{name} (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="161"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
</context>
</TS>
