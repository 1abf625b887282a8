<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nb_NO">
<context>
    <name>AreaGroupView</name>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="30" />
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="31" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="32" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="33" />
        <source>County</source>
        <translation>Fylke/län</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="34" />
        <source>Population</source>
        <translation>Folkemengde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="35" />
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
</context>
<context>
    <name>AwardView</name>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="36" />
        <source>{name} — winner</source>
        <translation>{name} — vinner</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46" />
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46" />
        <source>weight</source>
        <translation>vekt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75" />
        <source>Jury’s motivation</source>
        <translation>Juryens begrunnelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75" />
        <source>Motivation</source>
        <translation>Begrunnelse</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="22" />
        <source>Add dataset “{name}”</source>
        <translation>Legg til datasett «{name}»</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="23" />
        <source>Remove dataset</source>
        <translation>Fjern datasett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="24" />
        <source>Edit %n value(s)</source>
        <translation><numerusform>Endre %n verdi</numerusform><numerusform>Endre %n verdier</numerusform></translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="27" />
        <source>Edit strategy</source>
        <translation>Endre strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="28" />
        <source>Edit award</source>
        <translation>Endre pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="29" />
        <source>Rename workspace</source>
        <translation>Gi arbeidsområdet nytt navn</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../digidesk/qt/files.py" line="69" />
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="81" />
        <source>Opening the demo workspace…</source>
        <translation>Åpner demoarbeidsområdet…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="84" />
        <source>The demo could not be opened.</source>
        <translation>Demoarbeidsområdet kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="98" />
        <source>Opening {name}…</source>
        <translation>Åpner {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="101" />
        <source>“{name}” could not be opened.</source>
        <translation>«{name}» kunne ikke åpnes.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="107" />
        <source>Open workspace</source>
        <translation>Åpne arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="109" />
        <source>DigiDesk workspaces (*.digidesk);;Tables (*.csv);;All files (*)</source>
        <translation>DigiDesk-arbeidsområder (*.digidesk);;Tabeller (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="128" />
        <source>Save workspace</source>
        <translation>Lagre arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="130" />
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbeidsområder (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="159" />
        <source>Saving {name}…</source>
        <translation>Lagrer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="162" />
        <source>“{name}” could not be saved.</source>
        <translation>«{name}» kunne ikke lagres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="169" />
        <source>Import table</source>
        <translation>Importer tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="171" />
        <source>Tables (*.csv);;All files (*)</source>
        <translation>Tabeller (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="189" />
        <source>Importing {name}…</source>
        <translation>Importerer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="192" />
        <source>“{name}” could not be imported.</source>
        <translation>«{name}» kunne ikke importeres.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="202" />
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="205" />
        <source>Excel workbook (*.xlsx);;CSV for Swedish/Norwegian Excel (*.csv);;CSV, standard (*.csv)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;CSV for norsk/svensk Excel (*.csv);;CSV, standard (*.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="230" />
        <source>Exporting {name}…</source>
        <translation>Eksporterer {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="233" />
        <source>“{name}” could not be exported.</source>
        <translation>«{name}» kunne ikke eksporteres.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="41" />
        <source>Opening…</source>
        <translation>Åpner…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="47" />
        <source>Navigator</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="69" />
        <source>Saved {name}</source>
        <translation>Lagret {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="86" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="87" />
        <source>&amp;Open…</source>
        <translation>Å&amp;pne…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="88" />
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="90" />
        <source>Save &amp;As…</source>
        <translation>Lagre &amp;som…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="92" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="93" />
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="95" />
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="97" />
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="99" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="100" />
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="101" />
        <source>&amp;About DigiDesk</source>
        <translation>&amp;Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="104" />
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="106" />
        <source>Open &amp;Recent</source>
        <translation>Åpne &amp;nylige</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="115" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="119" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="121" />
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="124" />
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="135" />
        <source>No recent files</source>
        <translation>Ingen nylige filer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="141" />
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="141" />
        <source>“{name}” no longer exists.</source>
        <translation>«{name}» finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="153" />
        <source>New workspace</source>
        <translation>Nytt arbeidsområde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="170" />
        <source>This workspace is empty. Use File ▸ Import… to add a table.</source>
        <translation>Arbeidsområdet er tomt. Velg Fil ▸ Importer… for å legge til en tabell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/mainwindow.py" line="226" />
        <source>%n observation(s)</source>
        <translation><numerusform>%n observasjon</numerusform><numerusform>%n observasjoner</numerusform></translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="252" />
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="255" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;åpnet&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="286" />
        <source>About DigiDesk</source>
        <translation>Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="288" />
        <source>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for following up municipal digitalisation in Sweden and Norway: indicators, strategies and award juries.&lt;/p&gt;&lt;p&gt;Area registers: SCB (Sweden) and SSB Klass 131 (Norway).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;Et verktøy uten nettavhengighet for oppfølging av kommunal digitalisering i Sverige og Norge: indikatorer, strategier og juryarbeid.&lt;/p&gt;&lt;p&gt;Områderegistre: SCB (Sverige) og SSB Klass 131 (Norge).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="300" />
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="301" />
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Vil du lagre endringene i «{name}» før det lukkes?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="26" />
        <source>Datasets</source>
        <translation>Datasett</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="27" />
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="28" />
        <source>Award</source>
        <translation>Pris</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="29" />
        <source>Area groups</source>
        <translation>Områdegrupper</translation>
    </message>
</context>
<context>
    <name>ObservationTableModel</name>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="128" />
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="129" />
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="130" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="131" />
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="132" />
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="133" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="232" />
        <source>Only a single column of numbers can be pasted, into the Value column.</source>
        <translation>Bare én kolonne med tall kan limes inn, i kolonnen Verdi.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="234" />
        <source>The pasted block has more rows than the table below the current cell.</source>
        <translation>Den innlimte blokken har flere rader enn tabellen har under den valgte cellen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="240" />
        <source>“{text}” is not a number.</source>
        <translation>«{text}» er ikke et tall.</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="35" />
        <source>{goals} goals · {areas} development areas · {targets} measurable targets</source>
        <translation>{goals} overordnede mål · {areas} utviklingsområder · {targets} målbare oppfølgingspunkter</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Goal / development area / target</source>
        <translation>Mål / utviklingsområde / oppfølgingspunkt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Perspectives</source>
        <translation>Perspektiver</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="79" />
        <source>Select a goal, development area or target.</source>
        <translation>Velg et mål, et utviklingsområde eller et oppfølgingspunkt.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="83" />
        <source>Untitled</source>
        <translation>Uten navn</translation>
    </message>
</context>
</TS>