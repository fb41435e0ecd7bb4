<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFigureCommand</name>
    <message>
        <location filename="../core/commands/AddFigureCommand.cpp" line="15"/>
        <source>Figure “%1”</source>
        <translation>Zahl „%1“</translation>
    </message>
</context>
<context>
    <name>AddSpanCommand</name>
    <message>
        <location filename="../core/commands/AddSpanCommand.cpp" line="20"/>
        <source>Tag “%1”</source>
        <translation>„%1“ zuordnen</translation>
    </message>
    <message>
        <location filename="../core/commands/AddSpanCommand.cpp" line="22"/>
        <source>Highlight “%1”</source>
        <translation>„%1“ markieren</translation>
    </message>
</context>
<context>
    <name>AddTagCommand</name>
    <message>
        <location filename="../core/commands/AddTagCommand.cpp" line="14"/>
        <source>New tag “%1”</source>
        <translation>Neues Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../core/commands/AddTagCommand.cpp" line="24"/>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>ApplyTag</name>
    <message>
        <location filename="../core/commands/ApplyTag.cpp" line="23"/>
        <source>Tag “%1”</source>
        <translation>„%1“ zuordnen</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../ui/figures/ChartExporter.cpp" line="38"/>
        <source>there is no chart to export</source>
        <translation>es gibt kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartExporter.cpp" line="42"/>
        <source>%1: the file name must end in .png or .svg</source>
        <translation>%1: der Dateiname muss auf .png oder .svg enden</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartExporter.cpp" line="50"/>
        <source>the chart has no size yet</source>
        <translation>das Diagramm hat noch keine Größe</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartExporter.cpp" line="67"/>
        <source>Chart exported from Crossread</source>
        <translation>Aus Crossread exportiertes Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartExporter.cpp" line="81"/>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ChartScale</name>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="24"/>
        <source>T</source>
        <comment>trillions, in a bar label: $1.2 T</comment>
        <translation>Bio.</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="25"/>
        <source>trillions</source>
        <translation>Billionen</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="26"/>
        <source>B</source>
        <comment>billions, in a bar label: $14 B</comment>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="27"/>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="28"/>
        <source>M</source>
        <comment>millions, in a bar label: $650 M</comment>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="29"/>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="30"/>
        <source>K</source>
        <comment>thousands, in a bar label: 25 K downloads</comment>
        <translation>Tsd.</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="31"/>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="100"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="104"/>
        <source>score (%)</source>
        <translation>Wert (%)</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="104"/>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="111"/>
        <location filename="../ui/figures/ChartScale.cpp" line="112"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="139"/>
        <source>over %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/ChartScale.cpp" line="141"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
</context>
<context>
    <name>CompareDifferences</name>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="135"/>
        <source>Split or merged</source>
        <translation>Geteilt oder zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="137"/>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="123"/>
        <source>Paraphrase</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="125"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="127"/>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="129"/>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="131"/>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="133"/>
        <source>Figure conflict</source>
        <translation>Widersprüchliche Zahl</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="144"/>
        <source>A: %1 ≠ B: %2</source>
        <translation>A: %1 ≠ B: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="150"/>
        <source>A: %1 ~ B: %2 (compatible)</source>
        <translation>A: %1 ~ B: %2 (vereinbar)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareDifferences.cpp" line="151"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CompareHighlights</name>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="44"/>
        <source>Split or merged sentences, %1 similar</source>
        <translation>Geteilte oder zusammengeführte Sätze, %1 ähnlich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="47"/>
        <source>Partial: one side says more, %1 similar</source>
        <translation>Teilweise: eine Seite sagt mehr, %1 ähnlich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="38"/>
        <source>Identical in both</source>
        <translation>In beiden gleich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="41"/>
        <source>Paraphrase, %1 similar</source>
        <translation>Umschreibung, %1 ähnlich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="50"/>
        <source>Changed, %1 similar</source>
        <translation>Geändert, %1 ähnlich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="54"/>
        <source>; moved</source>
        <translation>; verschoben</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="97"/>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareHighlights.cpp" line="97"/>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsCommand</name>
    <message numerus="yes">
        <location filename="../core/commands/ImportAnnotationsCommand.cpp" line="15"/>
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung importieren</numerusform>
            <numerusform>%n Anmerkungen importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfStrings</name>
    <message>
        <location filename="../core/export/PdfStrings.h" line="13"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="14"/>
        <source>No tag</source>
        <translation>Kein Schlagwort</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="15"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="16"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="20"/>
        <source>%1  (1 span)</source>
        <translation>%1  (1 Markierung)</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="20"/>
        <source>%1  (%2 spans)</source>
        <translation>%1  (%2 Markierungen)</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="22"/>
        <source>Annotated articles</source>
        <translation>Annotierte Artikel</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="25"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="25"/>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="26"/>
        <source>1 span</source>
        <translation>1 Markierung</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="26"/>
        <source>%1 spans</source>
        <translation>%1 Markierungen</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="29"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="30"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../core/export/PdfStrings.h" line="31"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/store/Database.cpp" line="163"/>
        <source>%1: is a folder, not a project file</source>
        <translation>%1: ist ein Ordner, keine Projektdatei</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="181"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="196"/>
        <source>%1: cannot open the project: %2</source>
        <translation>%1: das Projekt kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="286"/>
        <location filename="../core/store/Database.cpp" line="341"/>
        <location filename="../core/store/Database.cpp" line="346"/>
        <source>%1: not a Crossread project or damaged (%2)</source>
        <translation>%1: kein Crossread-Projekt oder beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="237"/>
        <source>%1: the project file is damaged (%2)</source>
        <translation>%1: die Projektdatei ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="61"/>
        <source>%1: cannot open a team project: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>%1: ein Teamprojekt kann nicht geöffnet werden: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="77"/>
        <source>%1: cannot connect to the team project: %2</source>
        <translation>%1: keine Verbindung zum Teamprojekt: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="87"/>
        <source>%1: cannot open the team project: %2</source>
        <translation>%1: das Teamprojekt kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="95"/>
        <source>%1: not a Crossread project (the database holds other tables); it was left unchanged</source>
        <translation>%1: kein Crossread-Projekt (die Datenbank enthält andere Tabellen); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="100"/>
        <source>%1: not a Crossread project (an empty database; &apos;crossread push&apos; copies a project into it)</source>
        <translation>%1: kein Crossread-Projekt (eine leere Datenbank; „crossread push“ kopiert ein Projekt hinein)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="125"/>
        <source>%1: cannot read the team project: %2</source>
        <translation>%1: das Teamprojekt kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="168"/>
        <source>%1: not a Crossread project (not a regular file)</source>
        <translation>%1: kein Crossread-Projekt (keine gewöhnliche Datei)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="173"/>
        <source>%1: no such project</source>
        <translation>%1: dieses Projekt gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="177"/>
        <source>%1: not a Crossread project (the file is empty)</source>
        <translation>%1: kein Crossread-Projekt (die Datei ist leer)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="210"/>
        <source>%1: not a Crossread project (a database of another program); it was left unchanged</source>
        <translation>%1: kein Crossread-Projekt (eine Datenbank eines anderen Programms); sie wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="215"/>
        <source>%1: not a Crossread project (an empty database)</source>
        <translation>%1: kein Crossread-Projekt (eine leere Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="283"/>
        <source>%1: cannot open the project: the disk is full or the file cannot be written (%2)</source>
        <translation>%1: Projekt kann nicht geöffnet werden: der Datenträger ist voll oder die Datei nicht beschreibbar (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="404"/>
        <source>cannot prepare statement: %1</source>
        <translation>Anweisung kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="415"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="444"/>
        <source>%1: the project is busy: another program kept it locked for %2 seconds; try again</source>
        <translation>%1: das Projekt ist belegt: ein anderes Programm hielt es %2 Sekunden lang gesperrt; bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="447"/>
        <location filename="../core/store/Database.cpp" line="471"/>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: keine Transaktion möglich: %2</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="468"/>
        <source>%1: the project is busy: another analyst&apos;s edit held it for %2 seconds; try again</source>
        <translation>%1: das Projekt ist belegt: die Änderung einer anderen Person hielt es %2 Sekunden lang; bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../core/store/Database.cpp" line="487"/>
        <source>%1: cannot save (%2); the change was not applied</source>
        <translation>%1: Speichern nicht möglich (%2); die Änderung wurde nicht übernommen</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="342"/>
        <source>%1: cannot bring the project up to date (table %2 refers to a missing row of %3)</source>
        <translation>%1: das Projekt kann nicht auf den neuen Stand gebracht werden (Tabelle %2 verweist auf eine fehlende Zeile von %3)</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="370"/>
        <source>%1: the project was written by a newer Crossread (schema %2, this build knows %3)</source>
        <translation>%1: das Projekt stammt von einer neueren Crossread-Version (Schema %2, diese Version kennt %3)</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="401"/>
        <location filename="../core/store/Migrations.cpp" line="407"/>
        <source>%1: cannot bring the project up to date (%2)</source>
        <translation>%1: das Projekt kann nicht auf den neuen Stand gebracht werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="34"/>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="37"/>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="39"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="41"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="43"/>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="62"/>
        <source>not a regular file: %1</source>
        <translation>keine gewöhnliche Datei: %1</translation>
    </message>
    <message>
        <location filename="../core/import/FileReader.cpp" line="64"/>
        <source>file too large (%1 MB)</source>
        <translation>Datei zu groß (%1 MB)</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectImporter.cpp" line="138"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectImporter.cpp" line="230"/>
        <source>same content as %1</source>
        <translation>gleicher Inhalt wie %1</translation>
    </message>
    <message>
        <location filename="../core/store/TextSearchIndex.cpp" line="119"/>
        <source>cannot search for %1: %2</source>
        <translation>Suche nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="34"/>
        <location filename="../ui/AnalysisViews.cpp" line="47"/>
        <source>Who Else Says This?</source>
        <translation>Wer sagt das noch?</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="50"/>
        <source>Find the sentences of the other articles that state the claim of the selected sentence, with agree / conflict on their figures</source>
        <translation>Findet die Sätze der anderen Artikel, die die Aussage des gewählten Satzes treffen, mit Übereinstimmung / Widerspruch ihrer Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="55"/>
        <source>Open an article and select a sentence first.</source>
        <translation>Öffnen Sie zuerst einen Artikel und wählen Sie einen Satz.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="114"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="115"/>
        <source>Claim Matrix</source>
        <translation>Aussagenmatrix</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="118"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="137"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="138"/>
        <source>Compare Selected Articles</source>
        <translation>Gewählte Artikel vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="141"/>
        <source>Show two selected articles side by side, aligned by sentence</source>
        <translation>Zwei gewählte Artikel nebeneinander zeigen, Satz für Satz ausgerichtet</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="146"/>
        <source>Select exactly two articles in the list to compare them.</source>
        <translation>Wählen Sie genau zwei Artikel in der Liste, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="155"/>
        <source>Compare Versions of This Article…</source>
        <translation>Versionen dieses Artikels vergleichen …</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="158"/>
        <source>Show two versions of the open article side by side, with the figures that changed</source>
        <translation>Zwei Versionen des geöffneten Artikels nebeneinander zeigen, mit den geänderten Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="163"/>
        <source>The open article has only one version.</source>
        <translation>Der geöffnete Artikel hat nur eine Version.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="167"/>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="172"/>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="180"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="181"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="193"/>
        <source>Claim Matrix of Selected Articles</source>
        <translation>Aussagenmatrix der gewählten Artikel</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="199"/>
        <source>Select two or more articles to build a claim matrix.</source>
        <translation>Wählen Sie zwei oder mehr Artikel für eine Aussagenmatrix.</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="207"/>
        <source>Coder Agreement</source>
        <translation>Übereinstimmung der Kodierer</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="210"/>
        <source>How alike coders coded, and their disagreements to settle</source>
        <translation>Wie einheitlich die Kodierer kodiert haben, und welche Abweichungen zu klären sind</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="216"/>
        <source>Coder Agreement of Selected Articles</source>
        <translation>Übereinstimmung der Kodierer in den gewählten Artikeln</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="227"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="239"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/AnalysisViews.cpp" line="253"/>
        <source>Set Figure…</source>
        <translation>Zahl festlegen …</translation>
    </message>
    <message>
        <location filename="../core/import/ProseCheck.cpp" line="78"/>
        <location filename="../core/import/ProseCheck.cpp" line="88"/>
        <source>not text: binary or random bytes</source>
        <translation>kein Text: binäre oder zufällige Bytes</translation>
    </message>
    <message>
        <location filename="../core/import/ProseCheck.cpp" line="80"/>
        <source>not text: no words</source>
        <translation>kein Text: keine Wörter</translation>
    </message>
    <message>
        <location filename="../core/import/ProseCheck.cpp" line="82"/>
        <source>not text: too few letters for prose</source>
        <translation>kein Text: zu wenige Buchstaben für Fließtext</translation>
    </message>
    <message>
        <location filename="../core/store/SimilarClaimsFinder.cpp" line="84"/>
        <source>no article %1 in %2</source>
        <translation>kein Artikel %1 in %2</translation>
    </message>
    <message>
        <location filename="../core/store/SimilarClaimsFinder.cpp" line="108"/>
        <source>article %1 has no sentence at %2–%3</source>
        <translation>Artikel %1 hat keinen Satz bei %2–%3</translation>
    </message>
    <message>
        <location filename="../core/store/SimilarClaimsFinder.cpp" line="165"/>
        <source>the sentence index of article %1 is out of date</source>
        <translation>der Satzindex von Artikel %1 ist veraltet</translation>
    </message>
    <message>
        <location filename="../core/store/VersionStore.cpp" line="19"/>
        <source>no article %1</source>
        <translation>kein Artikel %1</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="64"/>
        <source>table %1 is missing</source>
        <translation>die Tabelle %1 fehlt</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="83"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="97"/>
        <location filename="../core/store/ProjectCopier.cpp" line="104"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="116"/>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 und %2 haben verschiedene Schemaversionen</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="128"/>
        <source>%1: cannot read the project</source>
        <translation>%1: das Projekt kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="129"/>
        <source>%1 already holds a project (%2 %3); copy into an empty one</source>
        <translation>%1 enthält schon ein Projekt (%2 %3); in ein leeres kopieren</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectCopier.cpp" line="140"/>
        <location filename="../core/store/ProjectCopier.cpp" line="151"/>
        <source>%1: nothing was copied (%2)</source>
        <translation>%1: nichts wurde kopiert (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectLocation.cpp" line="29"/>
        <source>%1: not a postgresql:// URL</source>
        <translation>%1: keine postgresql://-URL</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectLocation.cpp" line="34"/>
        <source>%1: not a valid URL (%2)</source>
        <translation>%1: keine gültige URL (%2)</translation>
    </message>
    <message>
        <location filename="../core/store/ProjectLocation.cpp" line="43"/>
        <source>%1: the URL names no database (postgresql://user@host:5432/DATABASE)</source>
        <translation>%1: die URL nennt keine Datenbank (postgresql://user@host:5432/DATENBANK)</translation>
    </message>
    <message>
        <location filename="../core/store/TsQuery.cpp" line="87"/>
        <location filename="../core/store/TsQuery.cpp" line="141"/>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <location filename="../core/store/TsQuery.cpp" line="129"/>
        <source>the query ends where a word or phrase was expected</source>
        <translation>die Suche endet, wo ein Wort oder eine Wortgruppe erwartet wurde</translation>
    </message>
    <message>
        <location filename="../core/store/TsQuery.cpp" line="136"/>
        <source>a parenthesis is not closed</source>
        <translation>eine Klammer ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../core/store/TsQuery.cpp" line="145"/>
        <source>an empty phrase</source>
        <translation>eine leere Wortgruppe</translation>
    </message>
    <message>
        <location filename="../core/store/TsQuery.cpp" line="188"/>
        <source>no word to search for</source>
        <translation>kein Wort zum Suchen</translation>
    </message>
</context>
<context>
    <name>ReattachSpanCommand</name>
    <message>
        <location filename="../core/commands/ReattachSpanCommand.cpp" line="15"/>
        <source>Re-attach “%1”</source>
        <translation>„%1“ neu anheften</translation>
    </message>
    <message>
        <location filename="../core/commands/ReattachSpanCommand.cpp" line="27"/>
        <source>span %1 no longer exists</source>
        <translation>Markierung %1 gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>RemoveFigureCommand</name>
    <message>
        <location filename="../core/commands/RemoveFigureCommand.cpp" line="13"/>
        <source>Remove figure</source>
        <translation>Zahl entfernen</translation>
    </message>
    <message>
        <location filename="../core/commands/RemoveFigureCommand.cpp" line="30"/>
        <source>figure %1 no longer exists</source>
        <translation>Zahl %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/commands/RemoveFigureCommand.cpp" line="35"/>
        <source>Remove figure “%1”</source>
        <translation>Zahl „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveSpansCommand</name>
    <message>
        <location filename="../core/commands/RemoveSpansCommand.cpp" line="22"/>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/commands/RemoveSpansCommand.cpp" line="24"/>
        <source>Remove %n span(s)</source>
        <translation>
            <numerusform>%n Markierung entfernen</numerusform>
            <numerusform>%n Markierungen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveTagCommand</name>
    <message>
        <location filename="../core/commands/RemoveTagCommand.cpp" line="22"/>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../core/commands/RemoveTagCommand.cpp" line="40"/>
        <source>tag %1 no longer exists</source>
        <translation>Schlagwort %1 gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>RenameTagCommand</name>
    <message>
        <location filename="../core/commands/RenameTagCommand.cpp" line="9"/>
        <source>Rename tag to “%1”</source>
        <translation>Schlagwort in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../core/commands/RenameTagCommand.cpp" line="14"/>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/commands/RenameTagCommand.cpp" line="20"/>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>ReparentTagCommand</name>
    <message>
        <location filename="../core/commands/ReparentTagCommand.cpp" line="20"/>
        <source>Move tag “%1”</source>
        <translation>Schlagwort „%1“ verschieben</translation>
    </message>
    <message>
        <location filename="../core/commands/ReparentTagCommand.cpp" line="29"/>
        <location filename="../core/commands/ReparentTagCommand.cpp" line="35"/>
        <source>tag %1 no longer exists</source>
        <translation>Schlagwort %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/commands/ReparentTagCommand.cpp" line="39"/>
        <source>“%1” cannot be moved into itself</source>
        <translation>„%1“ kann nicht in sich selbst verschoben werden</translation>
    </message>
</context>
<context>
    <name>SetArticleMetadataCommand</name>
    <message>
        <location filename="../core/commands/SetArticleMetadataCommand.cpp" line="19"/>
        <source>Properties of article %1</source>
        <translation>Eigenschaften von Artikel %1</translation>
    </message>
    <message>
        <location filename="../core/commands/SetArticleMetadataCommand.cpp" line="28"/>
        <source>an article needs a title</source>
        <translation>ein Artikel braucht einen Titel</translation>
    </message>
    <message>
        <location filename="../core/commands/SetArticleMetadataCommand.cpp" line="34"/>
        <source>article %1 does not exist</source>
        <translation>Artikel %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/commands/SetArticleMetadataCommand.cpp" line="64"/>
        <source>Properties of “%1”</source>
        <translation>Eigenschaften von „%1“</translation>
    </message>
</context>
<context>
    <name>SetSpanNoteCommand</name>
    <message>
        <location filename="../core/commands/SetSpanNoteCommand.cpp" line="16"/>
        <source>Clear note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <location filename="../core/commands/SetSpanNoteCommand.cpp" line="16"/>
        <source>Note “%1”</source>
        <translation>Notiz „%1“</translation>
    </message>
</context>
<context>
    <name>SetSpanTagsCommand</name>
    <message>
        <location filename="../core/commands/SetSpanTagsCommand.cpp" line="27"/>
        <source>Remove tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <location filename="../core/commands/SetSpanTagsCommand.cpp" line="27"/>
        <source>Tag “%1”</source>
        <translation>„%1“ zuordnen</translation>
    </message>
</context>
<context>
    <name>SetTagColorCommand</name>
    <message>
        <location filename="../core/commands/SetTagColorCommand.cpp" line="14"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../core/commands/SetTagColorCommand.cpp" line="19"/>
        <source>not a colour</source>
        <translation>keine Farbe</translation>
    </message>
</context>
<context>
    <name>SpanEditCommand</name>
    <message>
        <location filename="../core/commands/RecordEditCommand.cpp" line="26"/>
        <source>span %1 no longer exists</source>
        <translation>Markierung %1 gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>StarterCodebook</name>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="8"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="8"/>
        <source>A statement of fact the source makes and a reader could check</source>
        <translation>Eine Tatsachenaussage der Quelle, die sich prüfen ließe</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="9"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="9"/>
        <source>A number the source reports: money, a share, a score, a count, a date</source>
        <translation>Eine Zahl, die die Quelle nennt: Geld, ein Anteil, ein Wert, eine Anzahl, ein Datum</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="10"/>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="10"/>
        <source>Who says so: a named or anonymous source, a filing, a press release</source>
        <translation>Wer es sagt: eine genannte oder anonyme Quelle, eine Einreichung, eine Pressemitteilung</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="11"/>
        <source>Speculation</source>
        <translation>Spekulation</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="11"/>
        <source>What may happen or is rumoured: plans, predictions, unconfirmed reports</source>
        <translation>Was geschehen könnte oder gemunkelt wird: Pläne, Prognosen, unbestätigte Berichte</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="12"/>
        <source>Conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../core/workspace/StarterCodebook.cpp" line="12"/>
        <source>Where this source disagrees with another, or with itself</source>
        <translation>Wo diese Quelle einer anderen widerspricht, oder sich selbst</translation>
    </message>
</context>
<context>
    <name>TagEditCommand</name>
    <message>
        <location filename="../core/commands/RecordEditCommand.cpp" line="73"/>
        <source>tag %1 no longer exists</source>
        <translation>Schlagwort %1 gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>TagSearchResultsCommand</name>
    <message numerus="yes">
        <location filename="../core/commands/TagSearchResultsCommand.cpp" line="20"/>
        <location filename="../core/commands/TagSearchResultsCommand.cpp" line="73"/>
        <source>Tag %n search result(s) “%1”</source>
        <translation>
            <numerusform>%n Suchtreffer „%1“ zuordnen</numerusform>
            <numerusform>%n Suchtreffern „%1“ zuordnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/commands/TagSearchResultsCommand.cpp" line="36"/>
        <source>tag %1 no longer exists</source>
        <translation>Schlagwort %1 gibt es nicht mehr</translation>
    </message>
</context>
<context>
    <name>crossread::AgreementSession</name>
    <message>
        <location filename="../core/models/AgreementSession.cpp" line="170"/>
        <source>choose a disagreement first</source>
        <translation>zuerst eine Abweichung wählen</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementSession.cpp" line="184"/>
        <source>check two coders first</source>
        <translation>zuerst zwei Kodierer ankreuzen</translation>
    </message>
</context>
<context>
    <name>crossread::AgreementTableModel</name>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="44"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="62"/>
        <source>— means undefined: there is no variation to judge (for instance, nobody coded the tag).</source>
        <translation>— bedeutet nicht definiert: Es gibt keine Streuung zu beurteilen (zum Beispiel hat niemand das Schlagwort vergeben).</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="74"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="76"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="78"/>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="80"/>
        <source>Krippendorff&apos;s αu</source>
        <translation>Krippendorffs αu</translation>
    </message>
    <message>
        <location filename="../core/models/AgreementTableModel.cpp" line="82"/>
        <source>Coded (%1)</source>
        <translation>Kodiert (%1)</translation>
    </message>
</context>
<context>
    <name>crossread::AgreementView</name>
    <message>
        <location filename="../ui/AgreementView.cpp" line="53"/>
        <source>The coders to compare; the first two checked are listed side by side below.</source>
        <translation>Die zu vergleichenden Kodierer; die ersten beiden angekreuzten stehen unten nebeneinander.</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="54"/>
        <source>The tags to compare; none checked: every tag the coders used.</source>
        <translation>Die zu vergleichenden Schlagwörter; keines angekreuzt: alle, die die Kodierer vergeben haben.</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="69"/>
        <source>Coders</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="72"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="77"/>
        <source>Consensus coder:</source>
        <translation>Konsenskodierer:</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="116"/>
        <location filename="../ui/AgreementView.cpp" line="169"/>
        <source>Accept &amp;First</source>
        <translation>&amp;Ersten übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="117"/>
        <location filename="../ui/AgreementView.cpp" line="170"/>
        <source>Accept &amp;Second</source>
        <translation>Z&amp;weiten übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="118"/>
        <source>&amp;Keep Both</source>
        <translation>Beide behal&amp;ten</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="119"/>
        <source>&amp;Merge to Union</source>
        <translation>Zur Vereinigung zusa&amp;mmenführen</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="129"/>
        <source>&amp;Copy Agreements</source>
        <translation>Übereinstimmungen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="131"/>
        <source>Copy what the two coders coded alike into the consensus coding</source>
        <translation>Was die beiden Kodierer gleich kodiert haben, in die Konsenskodierung kopieren</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="136"/>
        <source>What both coded alike is now %1&apos;s coding too; Edit › Undo takes it back.</source>
        <translation>Was beide gleich kodiert haben, ist jetzt auch die Kodierung von %1; Bearbeiten › Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="140"/>
        <source>&amp;Open in Reader</source>
        <translation>Im &amp;Leser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="149"/>
        <source>Disagreements of the first two coders</source>
        <translation>Abweichungen der ersten beiden Kodierer</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="169"/>
        <location filename="../ui/AgreementView.cpp" line="170"/>
        <source>Accept %1’s</source>
        <translation>Von %1 übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="226"/>
        <source>Articles: every article the coders coded</source>
        <translation>Artikel: alle, die die Kodierer kodiert haben</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AgreementView.cpp" line="227"/>
        <source>Articles: the %n selected in the article list</source>
        <translation>
            <numerusform>Artikel: der %n in der Artikelliste gewählte</numerusform>
            <numerusform>Artikel: die %n in der Artikelliste gewählten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="229"/>
        <source>Check two or more coders to compare them.</source>
        <translation>Kreuzen Sie zwei oder mehr Kodierer an, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/AgreementView.cpp" line="248"/>
        <source>Settled as %1&apos;s coding; Edit › Undo takes it back.</source>
        <translation>Als Kodierung von %1 entschieden; Bearbeiten › Rückgängig nimmt das zurück.</translation>
    </message>
</context>
<context>
    <name>crossread::AnnotationController</name>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="88"/>
        <location filename="../ui/AnnotationController.cpp" line="140"/>
        <source>Select some text first, then press a digit or Ctrl+T to tag it.</source>
        <translation>Zuerst Text auswählen, dann eine Ziffer oder Strg+T drücken, um ihn zu verschlagworten.</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="96"/>
        <location filename="../ui/AnnotationController.cpp" line="152"/>
        <source>This span already carries “%1”.</source>
        <translation>Diese Markierung trägt „%1“ bereits.</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="95"/>
        <location filename="../ui/AnnotationController.cpp" line="151"/>
        <source>The selection already carries “%1”.</source>
        <translation>Die Auswahl trägt „%1“ bereits.</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="100"/>
        <location filename="../ui/AnnotationController.cpp" line="157"/>
        <source>Tagged %1–%2 with “%3”</source>
        <translation>%1–%2 mit „%3“ verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="222"/>
        <source>Put the cursor on a highlighted span to edit its note.</source>
        <translation>Setzen Sie den Cursor in eine Markierung, um ihre Notiz zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="230"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="231"/>
        <source>Note on “%1”:</source>
        <translation>Notiz zu „%1“:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AnnotationController.cpp" line="249"/>
        <source>Removed %n span(s); Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Markierung entfernt; Strg+Z holt sie zurück.</numerusform>
            <numerusform>%n Markierungen entfernt; Strg+Z holt sie zurück.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="156"/>
        <source>Tagged %1–%2 with the new tag “%3”</source>
        <translation>%1–%2 mit dem neuen Schlagwort „%3“ verschlagwortet</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="116"/>
        <source>Quick slot %1 is empty. Select some text, then press %1 to name a tag for it.</source>
        <translation>Schnellplatz %1 ist leer. Markieren Sie Text und drücken Sie dann %1, um ein Schlagwort dafür zu benennen.</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="119"/>
        <source>Quick slot %1 is empty: type a name to create a tag and apply it (the first nine tags of the tag tree fill slots 1–9).</source>
        <translation>Schnellplatz %1 ist leer: Geben Sie einen Namen ein, um ein Schlagwort anzulegen und zuzuordnen (die ersten neun Schlagwörter des Baums füllen die Plätze 1–9).</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="185"/>
        <source>Tag Selection With</source>
        <translation>Auswahl verschlagworten mit</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="195"/>
        <source>Other Tag…</source>
        <translation>Anderes Schlagwort …</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="203"/>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/AnnotationController.cpp" line="206"/>
        <source>Remove Span</source>
        <translation>Markierung entfernen</translation>
    </message>
</context>
<context>
    <name>crossread::Appearance</name>
    <message>
        <location filename="../ui/Appearance.cpp" line="86"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../ui/Appearance.cpp" line="87"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/Appearance.cpp" line="87"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleListDock</name>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="20"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="23"/>
        <source>Published from</source>
        <translation>Erschienen von</translation>
    </message>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="33"/>
        <source>Filter by title or outlet</source>
        <translation>Nach Titel oder Medium filtern</translation>
    </message>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="35"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="47"/>
        <source>Show only articles published in this range</source>
        <translation>Nur Artikel zeigen, die in diesem Zeitraum erschienen sind</translation>
    </message>
    <message>
        <location filename="../ui/ArticleListDock.cpp" line="53"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleListModel</name>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="162"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="174"/>
        <source>Placed on the text: %1
Needs attention (re-anchoring could not place them): %2</source>
        <translation>Im Text verankert: %1
Zu prüfen (nicht wieder verankert): %2</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="153"/>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="168"/>
        <source>%1
by %2</source>
        <translation>%1
von %2</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="170"/>
        <source>
Version %1: the file changed since it was first imported</source>
        <translation>
Version %1: die Datei hat sich seit dem ersten Import geändert</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="214"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="216"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="218"/>
        <source>Published</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <location filename="../core/models/ArticleListModel.cpp" line="220"/>
        <source>Spans</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>crossread::ArticlePicker</name>
    <message>
        <location filename="../ui/compare/ArticlePicker.cpp" line="81"/>
        <source>Type to find an article…</source>
        <translation>Tippen, um einen Artikel zu finden…</translation>
    </message>
</context>
<context>
    <name>crossread::ArticlePropertiesDialog</name>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="21"/>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="25"/>
        <source>Article Properties</source>
        <translation>Artikeleigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="32"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="34"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="36"/>
        <source>Who published it</source>
        <translation>Wer ihn veröffentlicht hat</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="37"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="39"/>
        <source>Who wrote it</source>
        <translation>Wer ihn geschrieben hat</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="40"/>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="51"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location filename="../ui/ArticlePropertiesDialog.cpp" line="52"/>
        <source>Fields you change stay as you set them when the file is imported again.</source>
        <translation>Felder, die Sie ändern, bleiben so, wenn die Datei erneut importiert wird.</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimIndexController</name>
    <message>
        <location filename="../ui/ClaimIndexController.cpp" line="74"/>
        <source>Indexing sentences for “Who else says this?”: %1 of %2 articles</source>
        <translation>Sätze für „Wer sagt das noch?“ werden indiziert: %1 von %2 Artikeln</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimMatrixModel</name>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="101"/>
        <source>%1 does not make this claim.</source>
        <translation>%1 trifft diese Aussage nicht.</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="108"/>
        <source>%1: %2 ≠ %3: %4</source>
        <translation>%1: %2 ≠ %3: %4</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="124"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="127"/>
        <source>%1 of %2 sources make this claim; their figures conflict.</source>
        <translation>%1 von %2 Quellen treffen diese Aussage; ihre Zahlen widersprechen sich.</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="130"/>
        <source>%1 of %2 sources make this claim.</source>
        <translation>%1 von %2 Quellen treffen diese Aussage.</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="191"/>
        <source>Supported by</source>
        <translation>Gestützt von</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="193"/>
        <source>How many of the sources make the claim</source>
        <translation>Wie viele der Quellen die Aussage treffen</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="201"/>
        <source>Source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <location filename="../core/models/ClaimMatrixModel.cpp" line="203"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimMatrixView</name>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="28"/>
        <source>Show &amp;figures</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="51"/>
        <source>Show the figures each source gives instead of its wording</source>
        <translation>Statt des Wortlauts die Zahlen jeder Quelle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="97"/>
        <source>Select at least two articles for a claim matrix.</source>
        <translation>Wählen Sie mindestens zwei Artikel für eine Aussagenmatrix.</translation>
    </message>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="178"/>
        <source>Aligning the claims of %1 articles…</source>
        <translation>Richte die Aussagen von %1 Artikeln aus …</translation>
    </message>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="182"/>
        <source>Select two or more articles to set their claims side by side.</source>
        <translation>Wählen Sie zwei oder mehr Artikel, um ihre Aussagen nebeneinanderzustellen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/ClaimMatrixView.cpp" line="189"/>
        <source>%1 claims in %2 sources · %3 made by more than one source · %4 with conflicting figures</source>
        <translation>%1 Aussagen in %2 Quellen · %3 von mehr als einer Quelle · %4 mit widersprüchlichen Zahlen</translation>
    </message>
</context>
<context>
    <name>crossread::CompareLegend</name>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="29"/>
        <source>identical</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="30"/>
        <source>paraphrased</source>
        <translation>umschrieben</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="31"/>
        <source>split/merged (bracket)</source>
        <translation>geteilt/zusammengeführt (Klammer)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="32"/>
        <source>partial: one side says more</source>
        <translation>teilweise: eine Seite sagt mehr</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="33"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="34"/>
        <source>moved (dashed)</source>
        <translation>verschoben (gestrichelt)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareLegend.cpp" line="35"/>
        <source>in one text only</source>
        <translation>nur in einem Text</translation>
    </message>
</context>
<context>
    <name>crossread::ComparePane</name>
    <message>
        <location filename="../ui/compare/ComparePane.cpp" line="249"/>
        <source>&lt;i&gt;untagged span&lt;/i&gt;</source>
        <translation>&lt;i&gt;Markierung ohne Schlagwort&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/compare/ComparePane.cpp" line="251"/>
        <source>coded by %1</source>
        <translation>kodiert von %1</translation>
    </message>
</context>
<context>
    <name>crossread::CompareSummaryBar</name>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="120"/>
        <source>A supported by B: %1, B supported by A: %2</source>
        <translation>A von B gestützt: %1, B von A gestützt: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="127"/>
        <source>%n split/merged</source>
        <translation>
            <numerusform>%n geteilt/zusammengeführt</numerusform>
            <numerusform>%n geteilt/zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="129"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n teilweise</numerusform>
            <numerusform>%n teilweise</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="105"/>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="109"/>
        <source>Choose two articles to compare.</source>
        <translation>Wählen Sie zwei Artikel zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="123"/>
        <source>%1 shared</source>
        <translation>%1 gemeinsam</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="124"/>
        <source>%n identical</source>
        <translation>
            <numerusform>%n gleich</numerusform>
            <numerusform>%n gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="125"/>
        <source>%n paraphrased</source>
        <translation>
            <numerusform>%n umschrieben</numerusform>
            <numerusform>%n umschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="130"/>
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="131"/>
        <source>%n moved</source>
        <translation>
            <numerusform>%n verschoben</numerusform>
            <numerusform>%n verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="132"/>
        <source>%n only in A</source>
        <translation>
            <numerusform>%n nur in A</numerusform>
            <numerusform>%n nur in A</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="133"/>
        <source>%n only in B</source>
        <translation>
            <numerusform>%n nur in B</numerusform>
            <numerusform>%n nur in B</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="134"/>
        <source>1 figure conflict</source>
        <translation>1 widersprüchliche Zahl</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareSummaryBar.cpp" line="134"/>
        <source>%1 figure conflicts</source>
        <translation>%1 widersprüchliche Zahlen</translation>
    </message>
</context>
<context>
    <name>crossread::CompareView</name>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="50"/>
        <source>Next Difference</source>
        <translation>Nächster Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="51"/>
        <source>Previous Difference</source>
        <translation>Vorheriger Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="79"/>
        <source>888 differences</source>
        <translation>888 Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="94"/>
        <source>Article A: type part of a title to find it</source>
        <translation>Artikel A: tippen Sie einen Teil des Titels, um ihn zu finden</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="95"/>
        <source>Article B: type part of a title to find it</source>
        <translation>Artikel B: tippen Sie einen Teil des Titels, um ihn zu finden</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="98"/>
        <source>Swap A and B</source>
        <translation>A und B tauschen</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="193"/>
        <source>The articles to compare are no longer in the project.</source>
        <translation>Die zu vergleichenden Artikel sind nicht mehr im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="210"/>
        <source>That version of the article is not in the project.</source>
        <translation>Diese Version des Artikels ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="215"/>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="237"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="238"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="298"/>
        <source>No figure changed between the versions.</source>
        <translation>Zwischen den Versionen hat sich keine Zahl geändert.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="299"/>
        <source>Figures changed: %1</source>
        <translation>Geänderte Zahlen: %1</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareView.cpp" line="390"/>
        <source>Open in Reader</source>
        <translation>Im Leser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="206"/>
        <source>This is the last difference.</source>
        <translation>Das ist der letzte Unterschied.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="217"/>
        <source>This is the first difference.</source>
        <translation>Das ist der erste Unterschied.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="269"/>
        <source>%1, moved</source>
        <translation>%1, verschoben</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="271"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="272"/>
        <source>Difference %1 of %2: %3</source>
        <translation>Unterschied %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="284"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="286"/>
        <source>1 difference</source>
        <translation>1 Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="286"/>
        <source>%1 differences</source>
        <translation>%1 Unterschiede</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewScrolling.cpp" line="288"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewPicking.cpp" line="43"/>
        <source>Choose two different articles to compare.</source>
        <translation>Wählen Sie zwei verschiedene Artikel zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/compare/CompareViewPicking.cpp" line="134"/>
        <source>Identical sentences</source>
        <translation>Gleiche Sätze</translation>
    </message>
</context>
<context>
    <name>crossread::ComparedText</name>
    <message>
        <location filename="../ui/compare/ComparedText.cpp" line="44"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
</context>
<context>
    <name>crossread::DiffMinimap</name>
    <message>
        <location filename="../ui/compare/DiffMinimap.cpp" line="21"/>
        <source>Differences in A (left) and B (right); click to jump</source>
        <translation>Unterschiede in A (links) und B (rechts); klicken, um hinzuspringen</translation>
    </message>
</context>
<context>
    <name>crossread::DisagreementModel</name>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="60"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="62"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="64"/>
        <source>First coder</source>
        <translation>Erster Kodierer</translation>
    </message>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="66"/>
        <source>Second coder</source>
        <translation>Zweiter Kodierer</translation>
    </message>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="68"/>
        <source>Consensus</source>
        <translation>Konsens</translation>
    </message>
    <message>
        <location filename="../core/models/DisagreementModel.cpp" line="70"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>crossread::ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="37"/>
        <location filename="../ui/export/ExportDialog.cpp" line="62"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="39"/>
        <source>Annotated PDF</source>
        <translation>Annotiertes PDF</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="40"/>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="41"/>
        <source>Spreadsheet (CSV)</source>
        <translation>Tabelle (CSV)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="42"/>
        <source>Web annotations (JSON-LD)</source>
        <translation>Web-Annotationen (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="44"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="45"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="48"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="49"/>
        <source>Selected articles (%n)</source>
        <translation>
            <numerusform>Gewählter Artikel (%n)</numerusform>
            <numerusform>Gewählte Artikel (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="53"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="65"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="66"/>
        <source>Page size:</source>
        <translation>Seitengröße:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="67"/>
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="69"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="140"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="151"/>
        <source>Choose a file name to export to.</source>
        <translation>Wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.cpp" line="164"/>
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>Exportiere %n Artikel …</numerusform>
            <numerusform>Exportiere %n Artikel …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="165"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="202"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="205"/>
        <source>Export stopped; no file was written.</source>
        <translation>Export angehalten; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="207"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="209"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.cpp" line="224"/>
        <source>Stopping…</source>
        <translation>Halte an …</translation>
    </message>
</context>
<context>
    <name>crossread::FigureChartBuilder</name>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="78"/>
        <source>No %1 figures to chart</source>
        <translation>Keine Zahlen der Art %1 für ein Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="85"/>
        <source>No %1 figures say what they measure (no label)</source>
        <translation>Keine Zahl der Art %1 sagt, was sie misst (keine Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="92"/>
        <source>No %1 figures labelled “%2”</source>
        <translation>Keine Zahlen der Art %1 mit der Bezeichnung „%2“</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="156"/>
        <source>%1: %2 across %3</source>
        <translation>%1: %2 aus %3</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="159"/>
        <source>%1 left out: other currencies</source>
        <translation>%1 ausgelassen: andere Währungen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="194"/>
        <source>model not named</source>
        <translation>Modell nicht genannt</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="279"/>
        <source>%1 scores by model across %2</source>
        <translation>%1-Werte nach Modell aus %2</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="282"/>
        <source>%1 more models left out</source>
        <translation>%1 weitere Modelle ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="172"/>
        <source>No benchmark scores to chart</source>
        <translation>Keine Benchmark-Werte für ein Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureBarCharts.cpp" line="179"/>
        <source>No benchmark scores labelled “%1”</source>
        <translation>Keine Benchmark-Werte mit der Bezeichnung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="149"/>
        <source>Nothing to chart</source>
        <translation>Nichts für ein Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="238"/>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="346"/>
        <source>(set by hand)</source>
        <translation>(von Hand gesetzt)</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="372"/>
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="372"/>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="377"/>
        <source>1 figure</source>
        <translation>1 Zahl</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureChartBuilder.cpp" line="377"/>
        <source>%1 figures</source>
        <translation>%1 Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="127"/>
        <source>No money figures to chart</source>
        <translation>Keine Geldbeträge für ein Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="127"/>
        <source>No money figures labelled “%1”</source>
        <translation>Keine Geldbeträge mit der Bezeichnung „%1“</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="162"/>
        <source>The money figures have no dates (the articles are undated)</source>
        <translation>Die Geldbeträge haben kein Datum (die Artikel sind undatiert)</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="184"/>
        <source>unlabelled</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="208"/>
        <source>date reported</source>
        <translation>Datum der Meldung</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="208"/>
        <source>date reported, %1</source>
        <translation>Datum der Meldung, %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="282"/>
        <source>Money figures over time</source>
        <translation>Geldbeträge im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="282"/>
        <source>%1 over time</source>
        <translation>%1 im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="285"/>
        <source>%1 more labels left out</source>
        <translation>%1 weitere Bezeichnungen ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="287"/>
        <source>%1 left out: no date</source>
        <translation>%1 ausgelassen: ohne Datum</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="374"/>
        <source>Dates across %1</source>
        <translation>Daten aus %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="375"/>
        <source>Dates of %1 across %2</source>
        <translation>Daten von %1 aus %2</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="377"/>
        <source>%1 more sources left out</source>
        <translation>%1 weitere Quellen ausgelassen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="303"/>
        <source>No dates to chart</source>
        <translation>Keine Daten für ein Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="84"/>
        <source>d MMM</source>
        <comment>Qt date format of the day ticks on a chart&apos;s date axis</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureTimeCharts.cpp" line="303"/>
        <source>No dates labelled “%1”</source>
        <translation>Keine Daten mit der Bezeichnung „%1“</translation>
    </message>
</context>
<context>
    <name>crossread::FigureDialog</name>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="45"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="49"/>
        <source>exactly</source>
        <translation>genau</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="54"/>
        <source>$14.3 billion, 49%, 71.4, 1.2 million downloads, 2026-04-08</source>
        <translation>$14.3 billion, 49%, 71.4, 1.2 million downloads, 2026-04-08</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="55"/>
        <source>A number with its currency, magnitude and unit; &gt;, &lt; or ~ in front say over, under or about. Dates as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>Eine Zahl mit Währung, Größenordnung und Einheit; &gt;, &lt; oder ~ davor bedeuten über, unter oder etwa. Daten als JJJJ-MM-TT, JJJJ-MM oder JJJJ.</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="57"/>
        <source>What it measures: funding, valuation, ReasonBench Pro…</source>
        <translation>Was sie misst: Finanzierung, Bewertung, ReasonBench Pro …</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="68"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="69"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="70"/>
        <source>&amp;Qualifier:</source>
        <translation>&amp;Einschränkung:</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="71"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="134"/>
        <source>Enter the value.</source>
        <translation>Geben Sie den Wert ein.</translation>
    </message>
    <message>
        <location filename="../ui/figures/FigureDialog.cpp" line="138"/>
        <source>The value cannot contain “:”.</source>
        <translation>Der Wert darf kein „:“ enthalten.</translation>
    </message>
</context>
<context>
    <name>crossread::FigureTableModel</name>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="200"/>
        <source>manual</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="200"/>
        <source>extracted</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="259"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="261"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="263"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="265"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="267"/>
        <source>Qualifier</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="269"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="271"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModel.cpp" line="273"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="132"/>
        <source>%1 trillion</source>
        <translation>%1 Billionen</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="134"/>
        <source>%1 billion</source>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="136"/>
        <source>%1 million</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="143"/>
        <location filename="../core/models/FigureTableModelText.cpp" line="145"/>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="155"/>
        <source>%1st</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="157"/>
        <source>%1nd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="159"/>
        <source>%1rd</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="160"/>
        <source>%1th</source>
        <comment>ordinal</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="165"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="166"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="167"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="168"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="169"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="170"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="171"/>
        <source>quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="172"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="173"/>
        <source>decades</source>
        <translation>Jahrzehnte</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="174"/>
        <source>centuries</source>
        <translation>Jahrhunderte</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="178"/>
        <source>second</source>
        <translation>Sekunde</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="179"/>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="180"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="181"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="182"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="183"/>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="184"/>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="185"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="186"/>
        <source>decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="187"/>
        <source>century</source>
        <translation>Jahrhundert</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="204"/>
        <source>over</source>
        <translation>über</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="206"/>
        <source>under</source>
        <translation>unter</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="208"/>
        <source>about</source>
        <translation>etwa</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="217"/>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="219"/>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="221"/>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="223"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="225"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="227"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../core/models/FigureTableModelText.cpp" line="229"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>crossread::FiguresView</name>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="43"/>
        <source>Money across sources</source>
        <translation>Geldbeträge nach Quelle</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="45"/>
        <source>Percentages across sources</source>
        <translation>Prozentwerte nach Quelle</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="47"/>
        <source>Benchmark scores by model</source>
        <translation>Benchmark-Werte nach Modell</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="49"/>
        <source>Counts across sources</source>
        <translation>Anzahlen nach Quelle</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="51"/>
        <source>Money over time</source>
        <translation>Geldbeträge im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="53"/>
        <source>Timeline of dates</source>
        <translation>Zeitleiste der Daten</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="103"/>
        <source>Filter by label or text…</source>
        <translation>Nach Bezeichnung oder Text filtern …</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="106"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="168"/>
        <source>What the charted figures measure</source>
        <translation>Was die gezeigten Zahlen messen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="169"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="271"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="283"/>
        <source>Outlet: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="298"/>
        <source>Label most sources give</source>
        <translation>Bezeichnung der meisten Quellen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="368"/>
        <location filename="../ui/figures/FiguresView.cpp" line="376"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="368"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="376"/>
        <source>The chart could not be exported: %1</source>
        <translation>Das Diagramm konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="394"/>
        <source>Open in Reader</source>
        <translation>Im Leser öffnen</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="395"/>
        <source>Edit Figure…</source>
        <translation>Zahl bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="395"/>
        <source>Correct Figure…</source>
        <translation>Zahl korrigieren …</translation>
    </message>
    <message>
        <location filename="../ui/figures/FiguresView.cpp" line="398"/>
        <source>Remove Hand Figure</source>
        <translation>Von Hand gesetzte Zahl entfernen</translation>
    </message>
</context>
<context>
    <name>crossread::FindBar</name>
    <message>
        <location filename="../ui/FindBar.cpp" line="24"/>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="27"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="28"/>
        <source>Find the previous match (Shift+F3)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+F3)</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="30"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="31"/>
        <source>Find the next match (F3)</source>
        <translation>Nächsten Treffer suchen (F3)</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="35"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="36"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="102"/>
        <source>Wrapped around</source>
        <translation>Vom Anfang fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/FindBar.cpp" line="105"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>crossread::FolderChangesBar</name>
    <message>
        <location filename="../ui/FolderChangesBar.cpp" line="14"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/FolderChangesBar.cpp" line="15"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/FolderChangesBar.cpp" line="41"/>
        <source>%1 changed in the project folder</source>
        <translation>%1 im Projektordner geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/FolderChangesBar.cpp" line="42"/>
        <source>%n files changed or new in the project folder</source>
        <translation>
            <numerusform>%n Datei im Projektordner geändert oder neu</numerusform>
            <numerusform>%n Dateien im Projektordner geändert oder neu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::ImportController</name>
    <message>
        <location filename="../ui/ImportController.cpp" line="28"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="29"/>
        <source>Stop the import; files imported so far are kept</source>
        <translation>Import anhalten; bereits importierte Dateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="50"/>
        <location filename="../ui/ImportController.cpp" line="95"/>
        <source>Importing…</source>
        <translation>Importiere …</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="78"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="93"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="95"/>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="107"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="108"/>
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="110"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="112"/>
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unverändert</numerusform>
            <numerusform>, %n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="114"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="116"/>
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="118"/>
        <source>, %n new version(s)</source>
        <translation>
            <numerusform>, %n neue Version</numerusform>
            <numerusform>, %n neue Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="120"/>
        <source>, %n coded span(s) whose text changed</source>
        <translation>
            <numerusform>, %n kodierte Markierung mit geändertem Text</numerusform>
            <numerusform>, %n kodierte Markierungen mit geändertem Text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ImportController.cpp" line="122"/>
        <source>, %n span(s) need attention</source>
        <translation>
            <numerusform>, %n Markierung zu prüfen</numerusform>
            <numerusform>, %n Markierungen zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="147"/>
        <source>Spans not found again in the new version (kept, listed under Needs attention):</source>
        <translation>Markierungen, die in der neuen Version nicht wiedergefunden wurden (behalten, unter „Zu prüfen“ aufgeführt):</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="124"/>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="132"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="134"/>
        <location filename="../ui/ImportController.cpp" line="139"/>
        <location filename="../ui/ImportController.cpp" line="144"/>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="137"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="142"/>
        <source>Imported, note:</source>
        <translation>Importiert, mit Hinweis:</translation>
    </message>
    <message>
        <location filename="../ui/ImportController.cpp" line="149"/>
        <source>  %1: “%2”</source>
        <translation>  %1: „%2“</translation>
    </message>
</context>
<context>
    <name>crossread::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>The sentence index could not be brought up to date: %1</source>
        <translation>Der Satzindex konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="81"/>
        <location filename="../ui/MainWindowProject.cpp" line="131"/>
        <source>Crossread</source>
        <translation>Crossread</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="135"/>
        <source>The edit was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="35"/>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="37"/>
        <source>It is a folder, not a project file; use Open Folder… for folders.</source>
        <translation>Das ist ein Ordner, keine Projektdatei; Ordner öffnen Sie mit „Ordner öffnen …“.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="39"/>
        <source>The file cannot be read (permission denied).</source>
        <translation>Die Datei kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="47"/>
        <source>Cannot open the project %1: %2</source>
        <translation>Das Projekt %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="48"/>
        <source>Cannot Open Project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="54"/>
        <source>%1 — Crossread</source>
        <translation>%1 — Crossread</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="60"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="81"/>
        <source>it is not a folder.</source>
        <translation>es ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="81"/>
        <source>it does not exist.</source>
        <translation>es existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="83"/>
        <source>cannot create %1 (permission denied or a read-only disk).</source>
        <translation>%1 kann nicht angelegt werden (keine Berechtigung oder schreibgeschütztes Laufwerk).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="92"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="93"/>
        <source>Cannot Open Folder</source>
        <translation>Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="113"/>
        <source>An import is already running; wait for it or cancel it first.</source>
        <translation>Es läuft bereits ein Import; warten Sie oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="153"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowProject.cpp" line="155"/>
        <source>Some files were not imported; the details list each one with the reason.</source>
        <translation>Einige Dateien wurden nicht importiert; die Details nennen jede mit ihrem Grund.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Selection %1–%2 (%n code point(s))</source>
        <translation>
            <numerusform>Auswahl %1–%2 (%n Codepunkt)</numerusform>
            <numerusform>Auswahl %1–%2 (%n Codepunkte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>Offset %1</source>
        <translation>Position %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>%1 of %n article(s)</source>
        <translation>
            <numerusform>%1 von %n Artikel</numerusform>
            <numerusform>%1 von %n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindowLayout.cpp" line="79"/>
        <source>The panels are back in their first places.</source>
        <translation>Die Bereiche sind wieder an ihren ursprünglichen Plätzen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="48"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="49"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="51"/>
        <source>F&amp;igures</source>
        <translation>&amp;Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="52"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="81"/>
        <source>Go to the article list</source>
        <translation>Zur Artikelliste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="81"/>
        <source>Go to the reader</source>
        <translation>Zum Leser</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="81"/>
        <source>Go to the tag tree</source>
        <translation>Zum Schlagwortbaum</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="82"/>
        <source>Go to the span list</source>
        <translation>Zur Markierungsliste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="105"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="107"/>
        <source>Open the project of a folder of articles, creating it and importing the folder</source>
        <translation>Das Projekt eines Artikelordners öffnen, bei Bedarf anlegen und den Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="108"/>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="110"/>
        <source>Open &amp;Team Project…</source>
        <translation>&amp;Teamprojekt öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="111"/>
        <source>Open a project several analysts share on a PostgreSQL server</source>
        <translation>Ein Projekt öffnen, das mehrere Personen auf einem PostgreSQL-Server teilen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="112"/>
        <source>&amp;Recent Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="115"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="116"/>
        <source>Add articles (txt, md, html, pdf) to this project</source>
        <translation>Artikel (txt, md, html, pdf) zu diesem Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="117"/>
        <source>Import &amp;Annotations…</source>
        <translation>&amp;Anmerkungen importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="120"/>
        <source>Place the highlights and codings of a W3C JSON-LD or REFI-QDA file on this project&apos;s articles</source>
        <translation>Die Markierungen und Codierungen einer W3C-JSON-LD- oder REFI-QDA-Datei auf die Artikel dieses Projekts setzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="121"/>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="128"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="130"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="135"/>
        <source>&amp;Tag Selection…</source>
        <translation>Auswahl &amp;verschlagworten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="137"/>
        <source>Pick a tag by typing its name; digits 1–9 apply the quick bar&apos;s tags</source>
        <translation>Schlagwort per Namen wählen; die Ziffern 1–9 vergeben die Schlagwörter der Schnellleiste</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="138"/>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="140"/>
        <source>Remo&amp;ve Span</source>
        <translation>Markierung ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="147"/>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="152"/>
        <source>Find Ne&amp;xt</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="154"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="156"/>
        <source>&amp;Search All Articles…</source>
        <translation>In &amp;allen Artikeln suchen …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="158"/>
        <source>Article &amp;Properties…</source>
        <translation>Artikel&amp;eigenschaften…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="161"/>
        <source>Correct the title, outlet, author and date of the current article</source>
        <translation>Titel, Medium, Autor und Datum des aktuellen Artikels korrigieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="171"/>
        <source>Show &amp;Boilerplate</source>
        <translation>&amp;Textbausteine anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="174"/>
        <source>Show the navigation, footer and subscription lines the importer set aside</source>
        <translation>Navigation, Fußzeilen und Abo-Hinweise anzeigen, die der Import ausgeblendet hat</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="177"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="184"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="186"/>
        <source>Put every panel back in its first place and size</source>
        <translation>Jeden Bereich an seinen ursprünglichen Platz und in seine ursprüngliche Größe zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="189"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="191"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="193"/>
        <source>&amp;About Crossread</source>
        <translation>&amp;Über Crossread</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="203"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="207"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="213"/>
        <source>Open Folder of Articles</source>
        <translation>Artikelordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="221"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="221"/>
        <source>Crossread projects (*.db);;All files (*)</source>
        <translation>Crossread-Projekte (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="243"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="243"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.html *.htm *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="269"/>
        <source>Select an article in the list first.</source>
        <translation>Wählen Sie zuerst einen Artikel in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="276"/>
        <source>Properties not changed: %1</source>
        <translation>Eigenschaften nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="296"/>
        <source>No span under the cursor.</source>
        <translation>Keine Markierung unter dem Cursor.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="312"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="312"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="319"/>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="319"/>
        <source>Tag the selection with the quick bar&apos;s tag in that slot</source>
        <translation>Die Auswahl mit dem Schlagwort dieses Platzes der Schnellleiste versehen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="308"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="337"/>
        <source>About Crossread</source>
        <translation>Über Crossread</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="338"/>
        <source>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;A research workbench for reading one story across many sources: highlight and tag claims, compare outlets, chart the figures they report.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Crossread %1&lt;/h3&gt;&lt;p&gt;Eine Recherche-Werkbank, um eine Geschichte über viele Quellen hinweg zu lesen: Aussagen markieren und verschlagworten, Medien vergleichen, die berichteten Zahlen als Diagramm zeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="167"/>
        <source>C&amp;oder…</source>
        <translation>&amp;Kodierer …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="169"/>
        <source>The name your spans, notes and figures are recorded under</source>
        <translation>Der Name, unter dem Ihre Markierungen, Notizen und Zahlen gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="18"/>
        <source>Coder: %1</source>
        <translation>Kodierer: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="25"/>
        <source>Coder</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="26"/>
        <source>Record my spans, notes and figures under the name
(empty: the login name, %1):</source>
        <translation>Meine Markierungen, Notizen und Zahlen unter dem Namen speichern
(leer: der Anmeldename, %1):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="33"/>
        <source>Coding as %1</source>
        <translation>Kodiert als %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="42"/>
        <source>Who Is Coding?</source>
        <translation>Wer kodiert?</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="43"/>
        <source>Crossread records who made each span, note and figure, so that the coding of
several analysts can be told apart. Your name (Edit › Coder… changes it):</source>
        <translation>Crossread hält fest, wer jede Markierung, Notiz und Zahl angelegt hat, damit sich die Kodierung
mehrerer Analysten unterscheiden lässt. Ihr Name (Bearbeiten › Kodierer … ändert ihn):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="46"/>
        <source>Use This Name</source>
        <translation>Diesen Namen verwenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowCoder.cpp" line="47"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="20"/>
        <location filename="../ui/MainWindowAnnotations.cpp" line="67"/>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="21"/>
        <source>Annotations (*.jsonld *.json *.qdpx);;W3C Web Annotations (*.jsonld *.json);;REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Anmerkungen (*.jsonld *.json *.qdpx);;W3C-Web-Annotations (*.jsonld *.json);;REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="31"/>
        <source>%1: open a project first; annotations go onto its articles.</source>
        <translation>%1: Bitte zuerst ein Projekt öffnen; Anmerkungen werden auf seine Artikel gesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="37"/>
        <location filename="../ui/MainWindowAnnotations.cpp" line="45"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="53"/>
        <source>%1: annotations placed %2, orphaned %3 (listed in Needs attention), skipped %4.</source>
        <translation>%1: Anmerkungen verankert %2, verwaist %3 (unter „Zu prüfen“ aufgeführt), übersprungen %4.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotations.cpp" line="71"/>
        <source>The details list what was skipped and why.</source>
        <translation>Die Details nennen, was übersprungen wurde und warum.</translation>
    </message>
</context>
<context>
    <name>crossread::NeedsAttentionDock</name>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="15"/>
        <location filename="../ui/NeedsAttentionDock.cpp" line="92"/>
        <source>Needs Attention</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="20"/>
        <source>Attach to Selection</source>
        <translation>An Auswahl anheften</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="21"/>
        <source>Delete Span</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="45"/>
        <source>Place the span on the text selected in the reader (same article)</source>
        <translation>Die Markierung auf den im Leser ausgewählten Text legen (im selben Artikel)</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="46"/>
        <source>Delete the span with its tags, note and figures (Undo brings it back)</source>
        <translation>Die Markierung mit ihren Schlagwörtern, ihrer Notiz und ihren Zahlen löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="92"/>
        <source>Needs Attention (%1)</source>
        <translation>Zu prüfen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/NeedsAttentionDock.cpp" line="93"/>
        <source>%n coded span(s) could not be found again in a changed article. Re-attach each to one of the places offered or to a selection, or delete it.</source>
        <translation>
            <numerusform>%n kodierte Markierung wurde in einem geänderten Artikel nicht wiedergefunden. Heften Sie sie an eine der angebotenen Stellen oder an eine Auswahl an, oder löschen Sie sie.</numerusform>
            <numerusform>%n kodierte Markierungen wurden in geänderten Artikeln nicht wiedergefunden. Heften Sie jede an eine der angebotenen Stellen oder an eine Auswahl an, oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="96"/>
        <source>Every coded span has its place.</source>
        <translation>Jede kodierte Markierung hat ihren Platz.</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="112"/>
        <source>Was: “%1”</source>
        <translation>Vorher: „%1“</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="115"/>
        <source>No likely place in the current text</source>
        <translation>Keine wahrscheinliche Stelle im aktuellen Text</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="123"/>
        <source>Attach to “%1” (%2%)</source>
        <translation>An „%1“ anheften (%2 %)</translation>
    </message>
    <message>
        <location filename="../ui/NeedsAttentionDock.cpp" line="124"/>
        <source>Characters %1–%2 of the current text</source>
        <translation>Zeichen %1–%2 des aktuellen Textes</translation>
    </message>
</context>
<context>
    <name>crossread::OrphanListModel</name>
    <message>
        <location filename="../core/models/OrphanListModel.cpp" line="88"/>
        <source>“%1” — %2</source>
        <translation>„%1“ — %2</translation>
    </message>
    <message>
        <location filename="../core/models/OrphanListModel.cpp" line="90"/>
        <source>Coded on version %1 of “%2”; not found in the current text</source>
        <translation>Kodiert in Version %1 von „%2“; im aktuellen Text nicht gefunden</translation>
    </message>
</context>
<context>
    <name>crossread::Project</name>
    <message>
        <location filename="../core/store/Project.cpp" line="147"/>
        <source>“%1” already has a tag named “%2”</source>
        <translation>„%1“ hat schon ein Schlagwort namens „%2“</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="148"/>
        <source>there is already a top-level tag named “%1”</source>
        <translation>es gibt schon ein Schlagwort „%1“ auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="158"/>
        <source>article %1 does not exist</source>
        <translation>Artikel %1 gibt es nicht</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="163"/>
        <source>range %1:%2 is outside article %3 (0:%4)</source>
        <translation>Bereich %1:%2 liegt außerhalb von Artikel %3 (0:%4)</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="276"/>
        <source>The codings with the tag “%1”</source>
        <translation>Die Codierungen mit dem Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="286"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="287"/>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="291"/>
        <source>The span “%1” in %2</source>
        <translation>Die Markierung „%1“ in %2</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="297"/>
        <source>The tag “%1”</source>
        <translation>Das Schlagwort „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="304"/>
        <source>The article “%1”</source>
        <translation>Der Artikel „%1“</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="310"/>
        <source>another analyst</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="312"/>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="313"/>
        <source>%1 was changed by %2 at %3; your edit was not saved.</source>
        <translation>%1 wurde von %2 um %3 geändert; Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="347"/>
        <source>span %1 no longer exists</source>
        <translation>Markierung %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/store/Project.cpp" line="408"/>
        <source>a tag cannot be moved into itself</source>
        <translation>ein Schlagwort kann nicht in sich selbst verschoben werden</translation>
    </message>
</context>
<context>
    <name>crossread::QuickBar</name>
    <message>
        <location filename="../ui/QuickBar.cpp" line="53"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/QuickBar.cpp" line="56"/>
        <source>Press %1 in the reader to tag the selection with “%2”</source>
        <translation>Drücken Sie %1 im Leser, um die Auswahl mit „%2“ zu versehen</translation>
    </message>
    <message>
        <location filename="../ui/QuickBar.cpp" line="59"/>
        <source>%1 —</source>
        <translation>%1 —</translation>
    </message>
    <message>
        <location filename="../ui/QuickBar.cpp" line="61"/>
        <source>Slot %1 is free: the first nine tags of the tree fill the quick bar</source>
        <translation>Platz %1 ist frei: Die ersten neun Schlagwörter des Baums füllen die Schnellleiste</translation>
    </message>
</context>
<context>
    <name>crossread::ReaderPane</name>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="43"/>
        <source>Select an article in the list on the left to read it.</source>
        <translation>Wählen Sie links einen Artikel, um ihn zu lesen.</translation>
    </message>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="52"/>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="53"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="55"/>
        <source>Whose coding the reader and the span list show</source>
        <translation>Wessen Kodierung der Leser und die Markierungsliste zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="220"/>
        <source>All coders</source>
        <translation>Alle Kodierer</translation>
    </message>
    <message>
        <location filename="../ui/ReaderPane.cpp" line="222"/>
        <source>My coding (%1)</source>
        <translation>Meine Kodierung (%1)</translation>
    </message>
</context>
<context>
    <name>crossread::ReaderView</name>
    <message>
        <location filename="../ui/ReaderView.cpp" line="290"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../ui/ReaderView.cpp" line="291"/>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <location filename="../ui/ReaderView.cpp" line="395"/>
        <source>&lt;i&gt;untagged span&lt;/i&gt;</source>
        <translation>&lt;i&gt;Markierung ohne Schlagwort&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ReaderView.cpp" line="397"/>
        <source>coded by %1</source>
        <translation>kodiert von %1</translation>
    </message>
</context>
<context>
    <name>crossread::SearchDock</name>
    <message>
        <location filename="../ui/SearchDock.cpp" line="27"/>
        <source>Search All Articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="33"/>
        <source>Tag All Results…</source>
        <translation>Alle Treffer verschlagworten …</translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="101"/>
        <source>Cannot search for this: %1</source>
        <translation>Danach kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="110"/>
        <source>The first %1 hits; narrow the query to see all</source>
        <translation>Die ersten %1 Treffer; grenzen Sie die Suche ein, um alle zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="115"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="113"/>
        <location filename="../ui/SearchDock.cpp" line="116"/>
        <source> in %n article(s)</source>
        <translation>
            <numerusform> in %n Artikel</numerusform>
            <numerusform> in %n Artikeln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="40"/>
        <source>Words (found as a phrase first), &quot;a phrase&quot;, AND/OR/NOT, prefix*</source>
        <translation>Wörter (zuerst als Wortgruppe gesucht), &quot;eine Wortgruppe&quot;, AND/OR/NOT, Präfix*</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="112"/>
        <source>%n hit(s) of the phrase “%1”</source>
        <translation>
            <numerusform>%n Treffer der Wortgruppe „%1“</numerusform>
            <numerusform>%n Treffer der Wortgruppe „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="118"/>
        <source>, then %n hit(s) of single words</source>
        <translation>
            <numerusform>, dann %n Treffer einzelner Wörter</numerusform>
            <numerusform>, dann %n Treffer einzelner Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="119"/>
        <source> in %n article(s) that hold the words apart</source>
        <translation>
            <numerusform> in %n Artikel, der die Wörter getrennt enthält</numerusform>
            <numerusform> in %n Artikeln, die die Wörter getrennt enthalten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="121"/>
        <source> (so many articles match that the most recently imported come first, not the best)</source>
        <translation> (so viele Artikel passen, dass die zuletzt importierten zuerst kommen, nicht die besten)</translation>
    </message>
    <message>
        <location filename="../ui/SearchDock.cpp" line="124"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="126"/>
        <source>%1 more article(s) hold all the words apart. &lt;a href=&quot;apart&quot;&gt;Show them too&lt;/a&gt;</source>
        <translation>
            <numerusform>%1 weiterer Artikel enthält alle Wörter getrennt. &lt;a href=&quot;apart&quot;&gt;Auch ihn zeigen&lt;/a&gt;</numerusform>
            <numerusform>%1 weitere Artikel enthalten alle Wörter getrennt. &lt;a href=&quot;apart&quot;&gt;Auch sie zeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="158"/>
        <source>Tagged %n hit(s) with the new tag “%1”</source>
        <translation>
            <numerusform>%n Treffer dem neuen Schlagwort „%1“ zugeordnet</numerusform>
            <numerusform>%n Treffer dem neuen Schlagwort „%1“ zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="159"/>
        <source>Tagged %n hit(s) with “%1”</source>
        <translation>
            <numerusform>%n Treffer mit „%1“ verschlagwortet</numerusform>
            <numerusform>%n Treffer mit „%1“ verschlagwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SearchDock.cpp" line="161"/>
        <source> (%n already tagged or invalid)</source>
        <translation>
            <numerusform> (%n bereits verschlagwortet oder ungültig)</numerusform>
            <numerusform> (%n bereits verschlagwortet oder ungültig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::SearchResultModel</name>
    <message>
        <location filename="../core/models/SearchResultModel.cpp" line="31"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>crossread::SimilarClaimDelegate</name>
    <message>
        <location filename="../ui/SimilarClaimDelegate.cpp" line="25"/>
        <source>figures agree</source>
        <translation>Zahlen stimmen überein</translation>
    </message>
    <message>
        <location filename="../ui/SimilarClaimDelegate.cpp" line="27"/>
        <source>figures conflict</source>
        <translation>Zahlen widersprechen sich</translation>
    </message>
    <message>
        <location filename="../ui/SimilarClaimDelegate.cpp" line="29"/>
        <source>no figures to compare</source>
        <translation>keine Zahlen zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/SimilarClaimDelegate.cpp" line="50"/>
        <source>%1 alike</source>
        <translation>%1 ähnlich</translation>
    </message>
</context>
<context>
    <name>crossread::SourceView</name>
    <message>
        <location filename="../ui/SourceView.cpp" line="65"/>
        <source>%1 is a PDF file: its source cannot be shown as text. The Reader tab shows the text extracted from it.</source>
        <translation>%1 ist eine PDF-Datei: Ihr Quelltext lässt sich nicht als Text zeigen. Der Reiter „Leser“ zeigt den daraus gewonnenen Text.</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="72"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/SourceView.cpp" line="80"/>
        <source>[… the file is longer than %1 MB; the rest is not shown]</source>
        <translation>[… die Datei ist länger als %1 MB; der Rest wird nicht gezeigt]</translation>
    </message>
</context>
<context>
    <name>crossread::SpanListDock</name>
    <message>
        <location filename="../ui/SpanListDock.cpp" line="13"/>
        <source>Spans and Notes</source>
        <translation>Markierungen und Notizen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/SpanListDock.cpp" line="88"/>
        <source>%n span(s) in this article</source>
        <translation>
            <numerusform>%n Markierung in diesem Artikel</numerusform>
            <numerusform>%n Markierungen in diesem Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/SpanListDock.cpp" line="88"/>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
</context>
<context>
    <name>crossread::SpanListModel</name>
    <message>
        <location filename="../core/models/SpanListModel.cpp" line="115"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/models/SpanListModel.cpp" line="122"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../core/models/SpanListModel.cpp" line="129"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>crossread::TagAllDialog</name>
    <message>
        <location filename="../ui/TagAllDialog.cpp" line="23"/>
        <source>Tag All Results</source>
        <translation>Alle Treffer zuordnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TagAllDialog.cpp" line="27"/>
        <source>Tag all %n hit(s) of the query with this tag (pick one, or type a new name):</source>
        <translation>
            <numerusform>Den %n Treffer der Suche diesem Schlagwort zuordnen (eines wählen oder einen neuen Namen eingeben):</numerusform>
            <numerusform>Alle %n Treffer der Suche diesem Schlagwort zuordnen (eines wählen oder einen neuen Namen eingeben):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TagAllDialog.cpp" line="28"/>
        <source>Tag the hits with this tag (pick one, or type a new name):</source>
        <translation>Die Treffer diesem Schlagwort zuordnen (eines wählen oder einen neuen Namen eingeben):</translation>
    </message>
    <message>
        <location filename="../ui/TagAllDialog.cpp" line="34"/>
        <source>Tag name, or Parent/Name</source>
        <translation>Schlagwort oder Oberbegriff/Name</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TagAllDialog.cpp" line="43"/>
        <source>Also tag the %n single word(s) found apart from the phrase</source>
        <translation>
            <numerusform>Auch das %n einzelne Wort zuordnen, das getrennt von der Wortgruppe gefunden wurde</numerusform>
            <numerusform>Auch die %n einzelnen Wörter zuordnen, die getrennt von der Wortgruppe gefunden wurden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TagAllDialog.cpp" line="44"/>
        <source>Each word of the query becomes a span of its own where the words stand apart</source>
        <translation>Jedes Wort der Suche wird zu einer eigenen Markierung, wo die Wörter getrennt stehen</translation>
    </message>
    <message>
        <location filename="../ui/TagAllDialog.cpp" line="48"/>
        <source>The query joins several terms: tag the sentences they stand in, not each word alone</source>
        <translation>Die Suche verbindet mehrere Begriffe: die Sätze markieren, in denen sie stehen, nicht jedes Wort einzeln</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TagAllDialog.cpp" line="72"/>
        <source>Tag the %n sentence(s) that hold the hits, not each hit alone</source>
        <translation>
            <numerusform>Den %n Satz mit den Treffern markieren, nicht jeden Treffer einzeln</numerusform>
            <numerusform>Die %n Sätze mit den Treffern markieren, nicht jeden Treffer einzeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::TagDock</name>
    <message>
        <location filename="../ui/TagDock.cpp" line="25"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="37"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="38"/>
        <source>New top-level tag</source>
        <translation>Neues Schlagwort auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="39"/>
        <source>Sub-tag</source>
        <translation>Unterschlagwort</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="40"/>
        <source>New tag inside the selected tag</source>
        <translation>Neues Schlagwort im gewählten Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="41"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="42"/>
        <source>Rename the selected tag (F2)</source>
        <translation>Das gewählte Schlagwort umbenennen (F2)</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="45"/>
        <source>Colour…</source>
        <translation>Farbe …</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="46"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="47"/>
        <source>Delete the selected tag, its sub-tags and their highlights (Delete)</source>
        <translation>Das gewählte Schlagwort mit Unterschlagwörtern und ihren Zuordnungen löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="50"/>
        <source>Filter Articles by This Tag</source>
        <translation>Artikel nach diesem Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="72"/>
        <source>No tags yet.

Select some text in the reader and press 1 to name your first tag, or click New above.</source>
        <translation>Noch keine Schlagwörter.

Markieren Sie Text im Leser und drücken Sie 1, um Ihr erstes Schlagwort zu benennen, oder klicken Sie oben auf Neu.</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="80"/>
        <source>Start with a codebook of five common tags: %1?</source>
        <translation>Mit einem Codebuch aus fünf gängigen Schlagwörtern beginnen: %1?</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="80"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="84"/>
        <source>Use Starter Codebook</source>
        <translation>Start-Codebuch verwenden</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="86"/>
        <source>Adds the five tags with a description each; Ctrl+Z takes them away again</source>
        <translation>Legt die fünf Schlagwörter mit je einer Beschreibung an; Strg+Z nimmt sie wieder weg</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="87"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="89"/>
        <source>Start with an empty tag tree</source>
        <translation>Mit einem leeren Schlagwortbaum beginnen</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="204"/>
        <source>New Sub-tag</source>
        <translation>Neues Unterschlagwort</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="204"/>
        <source>New Tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="206"/>
        <source>Name of the new tag inside “%1”:</source>
        <translation>Name des neuen Schlagworts in „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="206"/>
        <source>Name of the new tag:</source>
        <translation>Name des neuen Schlagworts:</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="219"/>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="238"/>
        <source>Delete the tag “%1”?</source>
        <translation>Das Schlagwort „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TagDock.cpp" line="239"/>
        <source>%n tag link(s) on highlights will be removed.</source>
        <translation>
            <numerusform>%n Zuordnung zu Markierungen wird entfernt.</numerusform>
            <numerusform>%n Zuordnungen zu Markierungen werden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TagDock.cpp" line="241"/>
        <source>%n sub-tag(s) go with it.</source>
        <translation>
            <numerusform>%n Unterschlagwort wird mitgelöscht.</numerusform>
            <numerusform>%n Unterschlagwörter werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="242"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z lässt sich das rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/TagDock.cpp" line="243"/>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>crossread::TagFilterCombo</name>
    <message>
        <location filename="../ui/TagFilterCombo.cpp" line="13"/>
        <source>Show only articles with spans carrying this tag or one of its sub-tags</source>
        <translation>Nur Artikel mit Markierungen zeigen, die dieses Schlagwort oder eines seiner Unterschlagwörter tragen</translation>
    </message>
    <message>
        <location filename="../ui/TagFilterCombo.cpp" line="16"/>
        <location filename="../ui/TagFilterCombo.cpp" line="65"/>
        <source>Any tag</source>
        <translation>Beliebiges Schlagwort</translation>
    </message>
</context>
<context>
    <name>crossread::TagPicker</name>
    <message>
        <location filename="../ui/TagPicker.cpp" line="31"/>
        <source>Tag the selection with:</source>
        <translation>Auswahl verschlagworten mit:</translation>
    </message>
    <message>
        <location filename="../ui/TagPicker.cpp" line="32"/>
        <source>Type a tag name or a new one</source>
        <translation>Namen eines Schlagworts oder eines neuen tippen</translation>
    </message>
    <message>
        <location filename="../ui/TagPicker.cpp" line="70"/>
        <source>Create tag “%1”</source>
        <translation>Schlagwort „%1“ anlegen</translation>
    </message>
</context>
<context>
    <name>crossread::TagTreeModel</name>
    <message>
        <location filename="../core/models/TagTreeModel.cpp" line="232"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../core/models/TagTreeModel.cpp" line="234"/>
        <source>Spans</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../core/models/TagTreeModel.cpp" line="206"/>
        <source>Spans per coder:</source>
        <translation>Markierungen je Kodierer:</translation>
    </message>
    <message>
        <location filename="../core/models/TagTreeModel.cpp" line="208"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>crossread::TeamProjectDialog</name>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="21"/>
        <source>Open Team Project</source>
        <translation>Teamprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="38"/>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="39"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="40"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="41"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/TeamProjectDialog.cpp" line="42"/>
        <source>The password comes from ~/.pgpass or PGPASSWORD; Crossread never asks for it or stores it.</source>
        <translation>Das Passwort kommt aus ~/.pgpass oder PGPASSWORD; Crossread fragt nie danach und speichert es nie.</translation>
    </message>
</context>
<context>
    <name>crossread::WelcomePage</name>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="23"/>
        <source>&lt;h1&gt;Crossread&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Crossread&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="24"/>
        <source>Read the same story across many sources: highlight claims, tag them, compare outlets side by side and chart the figures they report.

Open a folder of articles (txt, md, html, pdf) to start a project in it, or open an existing project. You can also drop a folder onto this window.</source>
        <translation>Lesen Sie dieselbe Geschichte aus vielen Quellen: Aussagen markieren und verschlagworten, Medien nebeneinander vergleichen und die berichteten Zahlen als Diagramm zeigen.

Öffnen Sie einen Ordner mit Artikeln (txt, md, html, pdf), um darin ein Projekt zu beginnen, oder ein bestehendes Projekt. Sie können auch einen Ordner auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="31"/>
        <source>Open Folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="33"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="38"/>
        <source>Recent projects:</source>
        <translation>Zuletzt geöffnete Projekte:</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="78"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/WelcomePage.cpp" line="83"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>crossread::WhoElsePanel</name>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="143"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="147"/>
        <source>Select a sentence in the reader and choose “Who Else Says This?” in its context menu to see which other articles state the same claim.</source>
        <translation>Wählen Sie im Leser einen Satz und dann „Wer sagt das noch?“ in seinem Kontextmenü, um zu sehen, welche anderen Artikel dieselbe Aussage treffen.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="150"/>
        <source>Select a sentence in the reader and press %1 (or use its context menu) to see which other articles state the same claim.</source>
        <translation>Wählen Sie im Leser einen Satz und drücken Sie %1 (oder nutzen Sie sein Kontextmenü), um zu sehen, welche anderen Artikel dieselbe Aussage treffen.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="154"/>
        <source>Looking for the claim in the other articles…</source>
        <translation>Suche die Aussage in den anderen Artikeln…</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="156"/>
        <source>Cannot look for the claim: %1</source>
        <translation>Die Aussage kann nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="158"/>
        <source>No other article states this claim yet, but the sentence index is still being built: ask again when it is done.</source>
        <translation>Noch trifft kein anderer Artikel diese Aussage, aber der Satzindex wird noch aufgebaut: Fragen Sie erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="160"/>
        <source>No other article in the project states this claim.</source>
        <translation>Kein anderer Artikel im Projekt trifft diese Aussage.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="162"/>
        <source>One other article states this claim; click it to compare the two.</source>
        <translation>Ein anderer Artikel trifft diese Aussage; klicken Sie darauf, um beide zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="164"/>
        <source>Other articles state this claim in %1 places, best first; click one to compare.</source>
        <translation>Andere Artikel treffen diese Aussage an %1 Stellen, die beste zuerst; klicken Sie eine an, um zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/WhoElsePanel.cpp" line="167"/>
        <source>The sentence index is still being built: some may be missing.</source>
        <translation>Der Satzindex wird noch aufgebaut: Manche können noch fehlen.</translation>
    </message>
</context>
<context>
    <name>crossread::Workspace</name>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="124"/>
        <location filename="../core/workspace/Workspace.cpp" line="148"/>
        <source>no project is open</source>
        <translation>kein Projekt ist geöffnet</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="239"/>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="44"/>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="45"/>
        <source>tag %1 no longer exists</source>
        <translation>Schlagwort %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/workspace/Workspace.cpp" line="255"/>
        <source>Starter codebook</source>
        <translation>Start-Codebuch</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/workspace/Workspace.cpp" line="296"/>
        <source>Move %n tag(s)</source>
        <translation>
            <numerusform>%n Schlagwort verschieben</numerusform>
            <numerusform>%n Schlagwörter verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="166"/>
        <source>Tag with new tag “%1”</source>
        <translation>Mit neuem Schlagwort „%1“ verschlagworten</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="134"/>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="162"/>
        <source>a tag needs a name</source>
        <translation>ein Schlagwort braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="166"/>
        <source>Tag with “%1”</source>
        <translation>Mit „%1“ verschlagworten</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="167"/>
        <source>Code %1–%2 as “%3”</source>
        <translation>%1–%2 als „%3“ kodieren</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="178"/>
        <source>the span was not saved</source>
        <translation>die Markierung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="230"/>
        <source>Correct Figure</source>
        <translation>Zahl korrigieren</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceCoding.cpp" line="230"/>
        <source>Set Figure</source>
        <translation>Zahl festlegen</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="36"/>
        <source>Settle “%1” at %2–%3</source>
        <translation>„%1“ bei %2–%3 entscheiden</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="39"/>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="80"/>
        <source>the consensus coding needs a coder&apos;s name</source>
        <translation>die Konsenskodierung braucht einen Kodierernamen</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="42"/>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="84"/>
        <source>the consensus coder “%1” is one of the coders compared; choose another name</source>
        <translation>der Konsenskodierer „%1“ ist einer der verglichenen Kodierer; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../core/workspace/WorkspaceAdjudication.cpp" line="78"/>
        <source>Copy agreed coding to “%1”</source>
        <translation>Übereinstimmende Kodierung nach „%1“ kopieren</translation>
    </message>
</context>
</TS>
