<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AreaGroupView</name>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="30"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="31"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="32"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="33"/>
        <source>County</source>
        <translation>Fylke/län</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="34"/>
        <source>Population</source>
        <translation>Folkemengde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="35"/>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>AwardView</name>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="36"/>
        <source>{name} — winner</source>
        <translation>{name} — vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46"/>
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46"/>
        <source>weight</source>
        <translation>vekt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75"/>
        <source>Jury’s motivation</source>
        <translation>Juryens begrunnelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75"/>
        <source>Motivation</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>ColumnRoleModel</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="233"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="233"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="233"/>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="22"/>
        <source>Add dataset “{name}”</source>
        <translation>Legg til datasett «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="23"/>
        <source>Remove dataset</source>
        <translation>Fjern datasett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="24"/>
        <source>Edit %n value(s)</source>
        <translation>
            <numerusform>Endre %n verdi</numerusform>
            <numerusform>Endre %n verdier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="27"/>
        <source>Edit strategy</source>
        <translation>Endre strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="28"/>
        <source>Edit award</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="29"/>
        <source>Rename workspace</source>
        <translation>Gi arbeidsområdet nytt navn</translation>
    </message>
</context>
<context>
    <name>DatasetView</name>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="121"/>
        <source>Filter by area, code or indicator…</source>
        <extracomment>(rows shown, rows in the dataset)</extracomment>
        <translation>Filtrer på område, kode eller indikator…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="174"/>
        <source>Sort ascending</source>
        <translation>Sorter stigende</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="178"/>
        <source>Sort descending</source>
        <translation>Sorter synkende</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="183"/>
        <source>Hide column</source>
        <translation>Skjul kolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="185"/>
        <source>Show all columns</source>
        <translation>Vis alle kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="189"/>
        <source>Only missing values</source>
        <translation>Bare manglende verdier</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../digidesk/qt/files.py" line="158"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="170"/>
        <source>Opening the demo workspace…</source>
        <translation>Åpner demoarbeidsområdet…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="173"/>
        <source>The demo could not be opened.</source>
        <translation>Demoarbeidsområdet kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="194"/>
        <location filename="../../digidesk/qt/files.py" line="258"/>
        <source>Spreadsheets and tables ({patterns})</source>
        <translation>Regneark og tabeller ({patterns})</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="196"/>
        <location filename="../../digidesk/qt/files.py" line="260"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="285"/>
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="286"/>
        <source>“{name}” could not be opened.</source>
        <translation>«{name}» kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="190"/>
        <source>Open workspace</source>
        <translation>Åpne arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="215"/>
        <source>Save workspace</source>
        <translation>Lagre arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="192"/>
        <location filename="../../digidesk/qt/files.py" line="217"/>
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbeidsområder (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="152"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="246"/>
        <source>Saving {name}…</source>
        <translation>Lagrer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="249"/>
        <source>“{name}” could not be saved.</source>
        <translation>«{name}» kunne ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="256"/>
        <source>Import table</source>
        <translation>Importer tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="288"/>
        <location filename="../../digidesk/qt/files.py" line="352"/>
        <source>Importing {name}…</source>
        <translation>Importerer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="289"/>
        <source>“{name}” could not be imported.</source>
        <translation>«{name}» kunne ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="370"/>
        <source>Import “{name}”</source>
        <translation>Importer «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="406"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="409"/>
        <source>Excel workbook (*.xlsx);;CSV for Swedish/Norwegian Excel (*.csv);;CSV, standard (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV for norsk/svensk Excel (*.csv);;CSV, standard (*.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="434"/>
        <source>Exporting {name}…</source>
        <translation>Eksporterer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="437"/>
        <source>“{name}” could not be exported.</source>
        <translation>«{name}» kunne ikke eksporteres.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="49"/>
        <source>Code and name</source>
        <translation>Kode og navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="50"/>
        <source>Area code</source>
        <translation>Områdekode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="51"/>
        <source>Area name</source>
        <translation>Områdenavn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="52"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="53"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="54"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="55"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="56"/>
        <source>Breakdown</source>
        <translation>Inndeling</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="57"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="81"/>
        <source>Import table — {name}</source>
        <translation>Importer tabell — {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="123"/>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="124"/>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="125"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="145"/>
        <source>Tables in the file</source>
        <translation>Tabeller i filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="149"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="151"/>
        <source>Columns and their roles</source>
        <translation>Kolonner og rollene deres</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="158"/>
        <source>Header</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="158"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="159"/>
        <source>Title, notes and other rows</source>
        <translation>Tittel, merknader og andre rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="178"/>
        <source>The file as read</source>
        <translation>Filen slik den ble lest</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="179"/>
        <source>Result preview</source>
        <translation>Forhåndsvisning av resultatet</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="180"/>
        <source>To check</source>
        <translation>Å kontrollere</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="208"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="209"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="234"/>
        <source>no value column</source>
        <translation>ingen verdikolonne</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="327"/>
        <source>long table, one value per row</source>
        <translation>lang tabell, én verdi per rad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="328"/>
        <source>wide table, periods as columns</source>
        <translation>bred tabell, perioder som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="329"/>
        <source>wide table, indicators as columns</source>
        <translation>bred tabell, indikatorer som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="330"/>
        <source>wide table, areas as columns</source>
        <translation>bred tabell, områder som kolonner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="334"/>
        <source>No header row</source>
        <translation>Ingen overskriftsrad</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="336"/>
        <source>Header: row {row}</source>
        <translation>Overskrift: rad {row}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="338"/>
        <source>Header: rows {first}–{last}</source>
        <translation>Overskrift: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="341"/>
        <source>data: rows {first}–{last}</source>
        <translation>data: rad {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="383"/>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="419"/>
        <source>No observations.</source>
        <translation>Ingen observasjoner.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="422"/>
        <source>The first {shown} of {total} observations</source>
        <translation>De første {shown} av {total} observasjoner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/dialogs/import_wizard.py" line="427"/>
        <source>(from the first {rows} of {all} data rows)</source>
        <translation>(fra de første {rows} av {all} datarader)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="51"/>
        <source>This table has no value column: choose the column that holds the figures.</source>
        <translation>Tabellen har ingen verdikolonne: velg kolonnen som inneholder tallene.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="58"/>
        <source>The preview could not be made: {error}</source>
        <translation>Forhåndsvisningen kunne ikke lages: {error}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="66"/>
        <source>Column roles restored from your last import of a table like this one.</source>
        <translation>Kolonnenes roller er hentet fra din forrige import av en lignende tabell.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="74"/>
        <source>Note in the file: {text}</source>
        <translation>Merknad i filen: {text}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="81"/>
        <source>Notes in the file</source>
        <translation>Merknader i filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="86"/>
        <source>Some characters could not be read and were replaced.</source>
        <translation>Noen tegn kunne ikke leses og er erstattet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="89"/>
        <source>The file contained NUL characters; they were removed.</source>
        <translation>Filen inneholdt NUL-tegn; de er fjernet.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="92"/>
        <source>A quotation mark is not closed: the rows after it may be wrong.</source>
        <translation>Et anførselstegn er ikke lukket: radene etter det kan være feil.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="100"/>
        <source>Hidden sheets were not read: {names}</source>
        <translation>Skjulte ark ble ikke lest: {names}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="107"/>
        <source>Nothing to check.</source>
        <translation>Ingenting å kontrollere.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="119"/>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="125"/>
        <source>%n name(s) could not be matched to the area register: {names}</source>
        <translation>
            <numerusform>%n navn kunne ikke kobles til registeret: {names}</numerusform>
            <numerusform>%n navn kunne ikke kobles til registeret: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="135"/>
        <source>“{name}”: %n row(s), the first on row {row}</source>
        <translation>
            <numerusform>«{name}»: %n rad, på rad {row}</numerusform>
            <numerusform>«{name}»: %n rader, den første på rad {row}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="143"/>
        <source>%n cell(s) marked “{marker}” are read as missing values.</source>
        <translation>
            <numerusform>%n celle merket «{marker}» leses som manglende verdi.</numerusform>
            <numerusform>%n celler merket «{marker}» leses som manglende verdier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="155"/>
        <source>No period: no column holds years or dates.</source>
        <translation>Ingen periode: ingen kolonne inneholder år eller datoer.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/import_warnings.py" line="161"/>
        <source>No area: no column holds municipalities or regions.</source>
        <translation>Intet område: ingen kolonne inneholder kommuner eller regioner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/views/import_warnings.py" line="167"/>
        <source>%n row(s) without figures were left out.</source>
        <translation>
            <numerusform>%n rad uten tall ble utelatt.</numerusform>
            <numerusform>%n rader uten tall ble utelatt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="42"/>
        <source>Opening…</source>
        <translation>Åpner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="48"/>
        <source>Navigator</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="58"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="59"/>
        <source>Stop reading or importing the file</source>
        <translation>Stopp lesingen eller importen av filen</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="156"/>
        <source>Imported {name}</source>
        <translation>Importerte {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="82"/>
        <source>The import of {name} was cancelled.</source>
        <translation>Importen av {name} ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="87"/>
        <source>Saved {name}</source>
        <translation>Lagret {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="104"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="105"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="106"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="108"/>
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="110"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="111"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="117"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="118"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="119"/>
        <source>&amp;About DigiDesk</source>
        <translation>&amp;Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="122"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="124"/>
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="139"/>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="142"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="153"/>
        <source>No recent files</source>
        <translation>Ingen nylige filer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="165"/>
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="165"/>
        <source>“{name}” no longer exists.</source>
        <translation>«{name}» finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="177"/>
        <source>New workspace</source>
        <translation>Nytt arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="194"/>
        <source>This workspace is empty. Use File ▸ Import… to add a table.</source>
        <translation>Arbeidsområdet er tomt. Velg Fil ▸ Importer… for å legge til en tabell.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="258"/>
        <source>{shown} of {total} rows</source>
        <translation>{shown} av {total} rader</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="283"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="286"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="351"/>
        <source>About DigiDesk</source>
        <translation>Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="353"/>
        <source>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for following up municipal digitalisation in Sweden and Norway: indicators, strategies and award juries.&lt;/p&gt;&lt;p&gt;Area registers: SCB (Sweden) and SSB Klass 131 (Norway).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;Et verktøy uten nettavhengighet for oppfølging av kommunal digitalisering i Sverige og Norge: indikatorer, strategier og juryarbeid.&lt;/p&gt;&lt;p&gt;Områderegistre: SCB (Sverige) og SSB Klass 131 (Norge).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="365"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="366"/>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Vil du lagre endringene i «{name}» før det lukkes?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="26"/>
        <source>Datasets</source>
        <translation>Datasett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="27"/>
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="28"/>
        <source>Award</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="29"/>
        <source>Area groups</source>
        <translation>Områdegrupper</translation>
    </message>
</context>
<context>
    <name>ObservationPreviewModel</name>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="355"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="356"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="357"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="358"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="359"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/import_preview.py" line="360"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="280"/>
        <source>Indicator</source>
        <extracomment>(rows shown, rows in the dataset) after every sort, filter or reset</extracomment>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="281"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="282"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="283"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="284"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="285"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="368"/>
        <source>Only a single column of numbers can be pasted, into the Value column.</source>
        <translation>Bare én kolonne med tall kan limes inn, i kolonnen Verdi.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="370"/>
        <source>The pasted block has more rows than the table below the current cell.</source>
        <translation>Den innlimte blokken har flere rader enn tabellen har under den valgte cellen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="376"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="35"/>
        <source>{goals} goals · {areas} development areas · {targets} measurable targets</source>
        <translation>{goals} overordnede mål · {areas} utviklingsområder · {targets} målbare oppfølgingspunkter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46"/>
        <source>Goal / development area / target</source>
        <translation>Mål / utviklingsområde / oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46"/>
        <source>Perspectives</source>
        <translation>Perspektiver</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="79"/>
        <source>Select a goal, development area or target.</source>
        <translation>Velg et mål, et utviklingsområde eller et oppfølgingspunkt.</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../digidesk/qt/views/table_view.py" line="62"/>
        <source>“{text}” is not a number. Write e.g. 1 234,5 or 56,8 % or leave it empty.</source>
        <extracomment>Typing pauses this long (ms) before the filter runs: one filter per word, not per key.</extracomment>
        <translation>«{text}» er ikke et tall. Skriv f.eks. 1 234,5 eller 56,8 % eller la feltet stå tomt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="83"/>
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
</context>
</TS>
