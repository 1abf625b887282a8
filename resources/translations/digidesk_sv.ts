<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>AreaGroupView</name>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="30" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="31" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="32" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="33" />
        <source>County</source>
        <translation>Län/fylke</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="34" />
        <source>Population</source>
        <translation>Folkmängd</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/group_view.py" line="35" />
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
</context>
<context>
    <name>AwardView</name>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="36" />
        <source>{name} — winner</source>
        <translation>{name} — vinnare</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46" />
        <source>Criteria</source>
        <translation>Kriterier</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="46" />
        <source>weight</source>
        <translation>vikt</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75" />
        <source>Jury’s motivation</source>
        <translation>Juryns motivering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/award_view.py" line="75" />
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="22" />
        <source>Add dataset “{name}”</source>
        <translation>Lägg till datamängd ”{name}”</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="23" />
        <source>Remove dataset</source>
        <translation>Ta bort datamängd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/document.py" line="24" />
        <source>Edit %n value(s)</source>
        <translation><numerusform>Ändra %n värde</numerusform><numerusform>Ändra %n värden</numerusform></translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="27" />
        <source>Edit strategy</source>
        <translation>Ändra strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="28" />
        <source>Edit award</source>
        <translation>Ändra utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/document.py" line="29" />
        <source>Rename workspace</source>
        <translation>Byt namn på arbetsytan</translation>
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
        <translation>Öppnar demoarbetsytan…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="84" />
        <source>The demo could not be opened.</source>
        <translation>Demoarbetsytan kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="98" />
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="101" />
        <source>“{name}” could not be opened.</source>
        <translation>”{name}” kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="107" />
        <source>Open workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="109" />
        <source>DigiDesk workspaces (*.digidesk);;Tables (*.csv);;All files (*)</source>
        <translation>DigiDesk-arbetsytor (*.digidesk);;Tabeller (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="128" />
        <source>Save workspace</source>
        <translation>Spara arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="130" />
        <source>DigiDesk workspaces (*.digidesk)</source>
        <translation>DigiDesk-arbetsytor (*.digidesk)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="159" />
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="162" />
        <source>“{name}” could not be saved.</source>
        <translation>”{name}” kunde inte sparas.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="169" />
        <source>Import table</source>
        <translation>Importera tabell</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="171" />
        <source>Tables (*.csv);;All files (*)</source>
        <translation>Tabeller (*.csv);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="189" />
        <source>Importing {name}…</source>
        <translation>Importerar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="192" />
        <source>“{name}” could not be imported.</source>
        <translation>”{name}” kunde inte importeras.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="202" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="205" />
        <source>Excel workbook (*.xlsx);;CSV for Swedish/Norwegian Excel (*.csv);;CSV, standard (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV för svenskt/norskt Excel (*.csv);;CSV, standard (*.csv)</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="230" />
        <source>Exporting {name}…</source>
        <translation>Exporterar {name}…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/files.py" line="233" />
        <source>“{name}” could not be exported.</source>
        <translation>”{name}” kunde inte exporteras.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="41" />
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="47" />
        <source>Navigator</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="69" />
        <source>Saved {name}</source>
        <translation>Sparade {name}</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="86" />
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="87" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="88" />
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="90" />
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="92" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="93" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="95" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="97" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="99" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="100" />
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="101" />
        <source>&amp;About DigiDesk</source>
        <translation>&amp;Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="104" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="106" />
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="115" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="119" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="121" />
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="124" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="135" />
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="141" />
        <source>DigiDesk</source>
        <translation>DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="141" />
        <source>“{name}” no longer exists.</source>
        <translation>”{name}” finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="153" />
        <source>New workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="170" />
        <source>This workspace is empty. Use File ▸ Import… to add a table.</source>
        <translation>Arbetsytan är tom. Välj Arkiv ▸ Importera… för att lägga till en tabell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../digidesk/qt/mainwindow.py" line="226" />
        <source>%n observation(s)</source>
        <translation><numerusform>%n observation</numerusform><numerusform>%n observationer</numerusform></translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="252" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="255" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;öppnad&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="286" />
        <source>About DigiDesk</source>
        <translation>Om DigiDesk</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="288" />
        <source>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for following up municipal digitalisation in Sweden and Norway: indicators, strategies and award juries.&lt;/p&gt;&lt;p&gt;Area registers: SCB (Sweden) and SSB Klass 131 (Norway).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigiDesk {version}&lt;/h3&gt;&lt;p&gt;Ett verktyg utan nätberoende för uppföljning av kommunal digitalisering i Sverige och Norge: indikatorer, strategier och juryarbete.&lt;/p&gt;&lt;p&gt;Områdesregister: SCB (Sverige) och SSB Klass 131 (Norge).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="300" />
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/mainwindow.py" line="301" />
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Vill du spara ändringarna i ”{name}” innan den stängs?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="26" />
        <source>Datasets</source>
        <translation>Datamängder</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="27" />
        <source>Strategy</source>
        <translation>Strategi</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="28" />
        <source>Award</source>
        <translation>Utmärkelse</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/navigator.py" line="29" />
        <source>Area groups</source>
        <translation>Områdesgrupper</translation>
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
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="131" />
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="132" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="133" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="232" />
        <source>Only a single column of numbers can be pasted, into the Value column.</source>
        <translation>Bara en kolumn med tal kan klistras in, i kolumnen Värde.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="234" />
        <source>The pasted block has more rows than the table below the current cell.</source>
        <translation>Det inklistrade blocket har fler rader än tabellen har under den markerade cellen.</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/models/observation_model.py" line="240" />
        <source>“{text}” is not a number.</source>
        <translation>”{text}” är inget tal.</translation>
    </message>
</context>
<context>
    <name>StrategyView</name>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="35" />
        <source>{goals} goals · {areas} development areas · {targets} measurable targets</source>
        <translation>{goals} övergripande mål · {areas} utvecklingsområden · {targets} mätbara uppföljningar</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Goal / development area / target</source>
        <translation>Mål / utvecklingsområde / mätbar uppföljning</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Due</source>
        <translation>Klart år</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="46" />
        <source>Perspectives</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../digidesk/qt/views/strategy_view.py" line="79" />
        <source>Select a goal, development area or target.</source>
        <translation>Välj ett mål, ett utvecklingsområde eller en uppföljning.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDocument</name>
    <message>
        <location filename="../../digidesk/qt/document.py" line="83" />
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
</context>
</TS>