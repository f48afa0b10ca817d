<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttachmentsController</name>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Fotos oder Dateien anhängen</translation>
    </message>
    <message>
        <source>Add photos or files to the entry (Ctrl+Shift+A), or drop them on the text</source>
        <translation>Fotos oder Dateien zum Eintrag hinzufügen (Strg+Umschalt+A) oder auf den Text ziehen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Adding {0} file(s)…</source>
        <translation>Datei(en) werden hinzugefügt: {0}…</translation>
    </message>
    <message>
        <source>Another entry was opened before the file was ready; it was not added</source>
        <translation>Ein anderer Eintrag wurde geöffnet, bevor die Datei bereit war; sie wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Added {0} file(s); they are kept when the entry is saved</source>
        <translation>Datei(en) hinzugefügt: {0}; sie werden beim Speichern des Eintrags übernommen</translation>
    </message>
    <message>
        <source>Could not add the file: {0}</source>
        <translation>Die Datei konnte nicht hinzugefügt werden: {0}</translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <source>Photos and files of the entry</source>
        <translation>Fotos und Dateien des Eintrags</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove from the entry</source>
        <translation>Aus dem Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>Diagramm gespeichert unter {0}</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n-day mean</source>
        <translation>
            <numerusform>Mittel über %n Tag</numerusform>
            <numerusform>Mittel über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks or months, as fits</source>
        <translation>Wochen oder Monate, je nach Zeitraum</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Wochen</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Nach Monaten</translation>
    </message>
    <message>
        <source>One line per person</source>
        <translation>Eine Linie pro Person</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>Die Diagramme können nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source> — only: {0}</source>
        <translation> — nur: {0}</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Recovered draft — not yet saved</source>
        <translation>Wiederhergestellter Entwurf — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Throw away the recovered text? It cannot be brought back.</source>
        <translation>Den wiederhergestellten Text verwerfen? Er lässt sich nicht zurückholen.</translation>
    </message>
</context>
<context>
    <name>DriftBanner</name>
    <message>
        <source>Write about it</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>You could ask yourself: %1</source>
        <translation>Du könntest dich fragen: %1</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards others (balance %2, your own side %3 of 10), and &apos;codependency&apos; came up %4 times.</source>
        <translation>In den letzten %1 Tagen neigten sich deine Einträge zu den anderen (Balance %2, deine eigene Seite %3 von 10), und „Co-Abhängigkeit“ kam %4-mal vor.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards others (balance %2, your own side %3 of 10).</source>
        <translation>In den letzten %1 Tagen neigten sich deine Einträge zu den anderen (Balance %2, deine eigene Seite %3 von 10).</translation>
    </message>
    <message>
        <source>In the last %1 days, &apos;codependency&apos; came up %4 times.</source>
        <translation>In den letzten %1 Tagen kam „Co-Abhängigkeit“ %4-mal vor.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards yourself (balance %2, support from others %3 of 10), and &apos;isolation&apos; came up %4 times.</source>
        <translation>In den letzten %1 Tagen neigten sich deine Einträge zu dir selbst (Balance %2, Unterstützung durch andere %3 von 10), und „Isolation“ kam %4-mal vor.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards yourself (balance %2, support from others %3 of 10).</source>
        <translation>In den letzten %1 Tagen neigten sich deine Einträge zu dir selbst (Balance %2, Unterstützung durch andere %3 von 10).</translation>
    </message>
    <message>
        <source>In the last %1 days, &apos;isolation&apos; came up %4 times.</source>
        <translation>In den letzten %1 Tagen kam „Isolation“ %4-mal vor.</translation>
    </message>
</context>
<context>
    <name>EntryContextLine</name>
    <message>
        <source>Place, weather and source</source>
        <translation>Ort, Wetter und Quelle</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Weather: %1</source>
        <translation>Wetter: %1</translation>
    </message>
    <message>
        <source>From the journal “%1”</source>
        <translation>Aus dem Tagebuch „%1“</translation>
    </message>
    <message>
        <source>Scales: %1</source>
        <translation>Skalen: %1</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation>Diesen Eintrag mit einem Stern markieren</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>Thema hinzufügen…</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>Browse ▾</source>
        <translation>Durchsehen ▾</translation>
    </message>
    <message>
        <source>Browse themes by pillar</source>
        <translation>Themen nach Säulen durchsehen</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>Text des Eintrags (Markdown)</translation>
    </message>
    <message>
        <source>Write about your day. Markdown works: **bold**, *italic*, - lists.</source>
        <translation>Schreib über deinen Tag. Markdown geht: **fett**, *kursiv*, - Listen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>Schreiben oder Vorschau</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>Th&amp;emen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The log holds no journal text. You can attach it to a report of the problem.</source>
        <translation>Das Protokoll enthält keinen Tagebuchtext. Du kannst es einer Meldung des Problems beilegen.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>Einträge exportieren</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; entries only)</source>
        <translation>CSV (Tabellenkalkulation; nur Einträge)</translation>
    </message>
    <message>
        <source>JSON (the whole journal: entries, themes, people)</source>
        <translation>JSON (das ganze Tagebuch: Einträge, Themen, Personen)</translation>
    </message>
    <message>
        <source>Zip (the JSON with the entries&apos; photos and files)</source>
        <translation>Zip (das JSON mit den Fotos und Dateien der Einträge)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Tick themes to export only entries with any of them</source>
        <translation>Themen ankreuzen, um nur Einträge mit mindestens einem davon zu exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Das Anfangsdatum liegt nach dem Enddatum.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ist ein Ordner; gib einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Den Ordner {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>Es wurde nichts exportiert: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Filter anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Any pillar</source>
        <translation>Alle Säulen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Nur mit Stern</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>A CSV, JSON, jrnl, Day One or Daylio export</source>
        <translation>Ein Export als CSV oder JSON, aus jrnl, Day One oder Daylio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>A Day One Classic journal (a Journal.dayone folder)</source>
        <translation>Ein Tagebuch aus Day One Classic (ein Ordner Journal.dayone)</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Balance Journal CSV</source>
        <translation>Balance Journal CSV</translation>
    </message>
    <message>
        <source>Balance Journal JSON</source>
        <translation>Balance Journal JSON</translation>
    </message>
    <message>
        <source>jrnl (text or JSON)</source>
        <translation>jrnl (Text oder JSON)</translation>
    </message>
    <message>
        <source>Day One (JSON or zip)</source>
        <translation>Day One (JSON oder ZIP)</translation>
    </message>
    <message>
        <source>Daylio CSV</source>
        <translation>Daylio CSV</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>Wähle eine Datei, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>Titel oder Text</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Mood in the file</source>
        <translation>Stimmung in der Datei</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Levels for moods of your own</source>
        <translation>Stufen für eigene Stimmungen</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importieren aus</translation>
    </message>
    <message>
        <source>Journal exports (*.csv *.json *.txt *.journal *.zip *.doentry);;All files (*)</source>
        <translation>Tagebuch-Exporte (*.csv *.json *.txt *.journal *.zip *.doentry);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a journal folder</source>
        <translation>Einen Tagebuchordner importieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Not kept: {what}</source>
        <translation>Nicht übernommen: {what}</translation>
    </message>
    <message>
        <source>Rejected rows ({n})</source>
        <translation>Abgelehnte Zeilen ({n})</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Hinweise ({n})</translation>
    </message>
    <message>
        <source>{name}: 1 row cannot be imported, so nothing will be. Fix it in the file and choose it again, or leave it out.</source>
        <translation>{name}: 1 Zeile kann nicht importiert werden, deshalb wird nichts importiert. Korrigiere sie in der Datei und wähle die Datei erneut, oder lass die Zeile weg.</translation>
    </message>
    <message>
        <source>{name}: {bad} rows cannot be imported, so nothing will be. Fix them in the file and choose it again, or leave them out.</source>
        <translation>{name}: {bad} Zeilen können nicht importiert werden, deshalb wird nichts importiert. Korrigiere sie in der Datei und wähle die Datei erneut, oder lass die Zeilen weg.</translation>
    </message>
    <message>
        <source>Import the other {count} and leave out the bad ones named below</source>
        <translation>Die übrigen {count} importieren und die unten genannten fehlerhaften weglassen</translation>
    </message>
    <message>
        <source> (the first {n} shown)</source>
        <translation> (die ersten {n} angezeigt)</translation>
    </message>
    <message>
        <source>{name} ({fmt}): {count} ready to import{shown}.</source>
        <translation>{name} ({fmt}): {count} bereit zum Import{shown}.</translation>
    </message>
    <message>
        <source>{name} ({fmt}): all {count} are in the journal already; nothing new to import.</source>
        <translation>{name} ({fmt}): alle {count} sind schon im Tagebuch; nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>{n} of them are in the journal already and will be left as they are.</source>
        <translation>{n} davon sind schon im Tagebuch und bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>{n} left out (see Notes).</source>
        <translation>{n} weggelassen (siehe Hinweise).</translation>
    </message>
    <message>
        <source>Left out as you chose: {bad} (see Rejected rows).</source>
        <translation>Wie gewählt weggelassen: {bad} (siehe Abgelehnte Zeilen).</translation>
    </message>
    <message>
        <source>Some of what the file holds is not kept (see Notes).</source>
        <translation>Manches aus der Datei wird nicht übernommen (siehe Hinweise).</translation>
    </message>
    <message>
        <source>Moods ({n})</source>
        <translation>Stimmungen ({n})</translation>
    </message>
    <message>
        <source>No mood (keep the name in the text)</source>
        <translation>Keine Stimmung (den Namen im Text behalten)</translation>
    </message>
    <message>
        <source>Level for {label}</source>
        <translation>Stufe für {label}</translation>
    </message>
    <message>
        <source>Importing {count}…</source>
        <translation>{count} werden importiert…</translation>
    </message>
    <message>
        <source>Added {added}; {present} already in the journal.</source>
        <translation>{added} hinzugefügt; {present} schon im Tagebuch.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>Anzahl der angezeigten Einträge</translation>
    </message>
    <message>
        <source>1 entry in the Trash</source>
        <translation>1 Eintrag im Papierkorb</translation>
    </message>
    <message>
        <source>%1 entries in the Trash</source>
        <translation>%1 Einträge im Papierkorb</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No entries match.
Try fewer words or clear the filters.</source>
        <translation>Keine Einträge passen.
Versuch es mit weniger Wörtern, oder setze die Filter zurück.</translation>
    </message>
    <message>
        <source>No entries yet.
Press Ctrl+N to write your first one.</source>
        <translation>Noch keine Einträge.
Drück Strg+N, um deinen ersten zu schreiben.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Monthly &amp;Report…</source>
        <translation>Monatsbe&amp;richt…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Show &amp;Calendar Panel</source>
        <translation>&amp;Kalenderleiste anzeigen</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>Pa&amp;pierkorb anzeigen</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a Passphrase…</source>
        <translation>Mit einer Passphrase &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase…</source>
        <translation>Passphrase ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Re&amp;move Encryption…</source>
        <translation>Verschlüsselung &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;About Balance Journal</source>
        <translation>&amp;Über Balance Journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Draft kept — not yet saved</source>
        <translation>Entwurf aufbewahrt — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>In the Trash — restore it to edit</source>
        <translation>Im Papierkorb — zum Bearbeiten wiederherstellen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The window will close when this is done.</source>
        <translation>Das Fenster schließt sich, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>Your unsaved text could not be kept. Close anyway and lose it?</source>
        <translation>Dein ungespeicherter Text konnte nicht aufbewahrt werden. Trotzdem schließen und ihn verlieren?</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Without the passphrase the journal cannot be read. Keep it safe.</source>
        <translation>Ohne die Passphrase lässt sich das Tagebuch nicht lesen. Bewahre sie sicher auf.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{problem}.

Restore the newest verified backup, from {when}? The damaged file is kept in the backup folder.</source>
        <translation>{problem}.

Die neueste geprüfte Sicherung ({when}) wiederherstellen? Die beschädigte Datei wird im Sicherungsordner aufbewahrt.</translation>
    </message>
    <message>
        <source>, and no verified backup was found.</source>
        <translation>, und es wurde keine geprüfte Sicherung gefunden.</translation>
    </message>
    <message>
        <source>This journal is already open in another window.</source>
        <translation>Dieses Tagebuch ist schon in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>The journal is damaged ({0}). Nothing more will be saved to it; text you have not saved stays in the editor. Restore a backup from the Journal menu.</source>
        <translation>Das Tagebuch ist beschädigt ({0}). Es wird nichts mehr darin gespeichert; Text, den du nicht gespeichert hast, bleibt im Editor. Stelle über das Menü „Tagebuch“ eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>{app}: passphrase</source>
        <translation>{app}: Passphrase</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>Falsche Passphrase. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The journal {name} is encrypted. Enter its passphrase:</source>
        <translation>Das Tagebuch {name} ist verschlüsselt. Gib seine Passphrase ein:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>Das Foto</translation>
    </message>
    <message>
        <source>This file is not a picture the app can show, or the journal lacks it.</source>
        <translation>Diese Datei ist kein Bild, das die App zeigen kann, oder sie fehlt im Tagebuch.</translation>
    </message>
</context>
<context>
    <name>PromptPicker</name>
    <message>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Insert a reflection prompt or an entry template</source>
        <translation>Eine Frage zum Nachdenken oder eine Vorlage einfügen</translation>
    </message>
    <message>
        <source>Suggested for the last days</source>
        <translation>Vorschläge zu den letzten Tagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>RatingBox</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>RatingsRow</name>
    <message>
        <source>Independence rating, 0 to 10</source>
        <translation>Bewertung der Unabhängigkeit, 0 bis 10</translation>
    </message>
    <message>
        <source>How much you kept your own self today: time, interests, decisions, boundaries</source>
        <translation>Wie sehr du heute bei dir geblieben bist: Zeit, Interessen, Entscheidungen, Grenzen</translation>
    </message>
    <message>
        <source>Interdependence rating, 0 to 10</source>
        <translation>Bewertung der Verbundenheit, 0 bis 10</translation>
    </message>
    <message>
        <source>How much you and the others relied on and supported each other</source>
        <translation>Wie sehr du und die anderen euch aufeinander verlassen und gegenseitig unterstützt habt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>&amp;Independence</source>
        <translation>&amp;Unabhängigkeit</translation>
    </message>
    <message>
        <source>Inter&amp;dependence</source>
        <translation>&amp;Verbundenheit</translation>
    </message>
    <message>
        <source>Rate both to see the balance</source>
        <translation>Bewerte beides, um die Balance zu sehen</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>Balance %1</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Save it</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the recovered text</source>
        <translation>Den wiederhergestellten Text speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the recovered text</source>
        <translation>Den wiederhergestellten Text verwerfen</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was kept for you. It is back in the editor.</source>
        <translation>Ungespeicherter Text vom %1 wurde für dich aufbewahrt. Er steht wieder im Editor.</translation>
    </message>
</context>
<context>
    <name>ReflectController</name>
    <message>
        <source>Reflection prompts and templates</source>
        <translation>Fragen zum Nachdenken und Vorlagen</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly Report</source>
        <translation>Monatsbericht</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Monat des Berichts</translation>
    </message>
    <message>
        <source>Leave out every title and entry text (to share it)</source>
        <translation>Alle Titel und Texte der Einträge weglassen (zum Weitergeben)</translation>
    </message>
    <message>
        <source>The report holds the month&apos;s charts, counts and zones, and its entries. The redacted one holds the charts and numbers only.</source>
        <translation>Der Bericht enthält die Diagramme, Zahlen und Zonen des Monats und seine Einträge. Die gekürzte Fassung enthält nur Diagramme und Zahlen.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Berichtsstatus</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>Der Bericht wurde nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Drawing the report for {0}…</source>
        <translation>Der Bericht für {0} wird erstellt…</translation>
    </message>
    <message>
        <source>Saved a {0}-page report to {1}.</source>
        <translation>Bericht mit {0} Seiten unter {1} gespeichert.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{app}: restore a backup</source>
        <translation>{app}: Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the journal. The journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Wähle eine Sicherung, die an die Stelle des Tagebuchs treten soll. Das Tagebuch, wie es jetzt ist, wird vorher selbst gesichert, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von dir erstellt</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>after encryption change</source>
        <translation>nach Änderung der Verschlüsselung</translation>
    </message>
    <message>
        <source>damaged journal set aside</source>
        <translation>beschädigtes Tagebuch, beiseitegelegt</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Von diesem Tagebuch gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>This backup was made with another passphrase.</source>
        <translation>Diese Sicherung wurde mit einer anderen Passphrase erstellt.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>Diese Sicherung ist beschädigt und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This backup is checked and complete.</source>
        <translation>Diese Sicherung ist geprüft und vollständig.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Backing up the journal…</source>
        <translation>Das Tagebuch wird gesichert…</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <source>Restoring the journal from {0}…</source>
        <translation>Das Tagebuch wird aus {0} wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored from {0}</source>
        <translation>Aus {0} wiederhergestellt</translation>
    </message>
    <message>
        <source>Remove the passphrase? The journal and its backups will be readable by anyone who can open the files.</source>
        <translation>Die Passphrase entfernen? Das Tagebuch und seine Sicherungen sind dann für alle lesbar, die die Dateien öffnen können.</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>Die Verschlüsselung wird entfernt…</translation>
    </message>
    <message>
        <source>Encrypting the journal and its backups…</source>
        <translation>Das Tagebuch und seine Sicherungen werden verschlüsselt…</translation>
    </message>
    <message>
        <source>Changing the passphrase of the journal and its backups…</source>
        <translation>Die Passphrase des Tagebuchs und seiner Sicherungen wird geändert…</translation>
    </message>
    <message>
        <source>Done: the journal and its backups were converted.</source>
        <translation>Fertig: Das Tagebuch und seine Sicherungen wurden umgewandelt.</translation>
    </message>
    <message>
        <source>The journal is still being read or backed up; try again in a moment.</source>
        <translation>Das Tagebuch wird noch gelesen oder gesichert; versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{n} damaged unencrypted backups were removed.</source>
        <translation>{n} beschädigte unverschlüsselte Sicherungen wurden entfernt.</translation>
    </message>
    <message>
        <source>{n} damaged backups could not be converted and still open with the old passphrase.</source>
        <translation>{n} beschädigte Sicherungen konnten nicht umgewandelt werden und öffnen sich weiterhin mit der alten Passphrase.</translation>
    </message>
    <message>
        <source>{n} damaged journals set aside earlier are not encrypted; delete them when you can.</source>
        <translation>{n} früher beiseitegelegte beschädigte Tagebücher sind nicht verschlüsselt; lösche sie, sobald du kannst.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Balanced band (± balance)</source>
        <translation>Ausgewogener Bereich (± Balance)</translation>
    </message>
    <message>
        <source>Interdependent: both ratings at least</source>
        <translation>Verbunden: beide Bewertungen mindestens</translation>
    </message>
    <message>
        <source>Low: both ratings at most</source>
        <translation>Niedrig: beide Bewertungen höchstens</translation>
    </message>
    <message>
        <source>Risk: the weaker rating at most</source>
        <translation>Risiko: die schwächere Bewertung höchstens</translation>
    </message>
    <message>
        <source>Drift window (days)</source>
        <translation>Zeitraum für Schieflagen (Tage)</translation>
    </message>
    <message>
        <source>Drift: mean balance above</source>
        <translation>Schieflage: mittlere Balance über</translation>
    </message>
    <message>
        <source>Drift: weaker side&apos;s mean at most</source>
        <translation>Schieflage: Mittel der schwächeren Seite höchstens</translation>
    </message>
    <message>
        <source>Drift: warning theme on at least (entries)</source>
        <translation>Schieflage: Einträge mit Warnthema, mindestens</translation>
    </message>
    <message>
        <source>Trend window (days)</source>
        <translation>Zeitfenster des Verlaufs (Tage)</translation>
    </message>
    <message>
        <source>Journal location</source>
        <translation>Speicherort des Tagebuchs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the journal file</source>
        <translation>Tagebuchdatei wählen</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Open now: {0}. The file above opens when the app starts without one named.</source>
        <translation>Jetzt geöffnet: {0}. Die Datei oben wird geöffnet, wenn die App ohne Angabe einer Datei startet.</translation>
    </message>
    <message>
        <source>A different journal file opens the next time you start the app.</source>
        <translation>Eine andere Tagebuchdatei wird beim nächsten Start der App geöffnet.</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>A different language is used from the next start of the app.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatische Sicherungen aufbewahren</translation>
    </message>
    <message>
        <source>Balance thresholds (kept in this journal)</source>
        <translation>Schwellen der Balance (in diesem Tagebuch gespeichert)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore default thresholds</source>
        <translation>Die Standardschwellen wiederherstellen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Journals (*.db);;All files (*)</source>
        <translation>Tagebücher (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The language could not be kept: {0}</source>
        <translation>Die Sprache konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A private journal of the balance between independence and interdependence in your relationships.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Ein privates Tagebuch über die Balance zwischen Unabhängigkeit und Verbundenheit in deinen Beziehungen.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer, in einer einzigen Datei:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>On this day in earlier years</source>
        <translation>An diesem Tag in früheren Jahren</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>An diesem Tag</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier years yet.</source>
        <translation>An diesem Tag hast du in früheren Jahren noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>Vor 1 Jahr</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>Vor %1 Jahren</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync round is running; try again in a moment.</source>
        <translation>Gerade läuft ein Abgleich; versuch es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Keep this journal the same on your other computers through a folder that Syncthing, Nextcloud, Dropbox, a network share or a USB stick carries. Everything written in the folder is encrypted with the sync passphrase.</source>
        <translation>Halte dieses Tagebuch auf deinen anderen Computern gleich – über einen Ordner, den Syncthing, Nextcloud, Dropbox, eine Netzwerkfreigabe oder ein USB-Stick überträgt. Alles, was in den Ordner geschrieben wird, ist mit der Sync-Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>A folder your file-sync tool carries</source>
        <translation>Ein Ordner, den dein Programm zum Dateiabgleich überträgt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Sync-Ordner wählen</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Sync-Passphrase</translation>
    </message>
    <message>
        <source>Sync passphrase again</source>
        <translation>Sync-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Set Up Sync</source>
        <translation>Sync einrichten</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A sync folder already: type its sync passphrase to join it.</source>
        <translation>Das ist schon ein Sync-Ordner: Gib seine Sync-Passphrase ein, um dich anzuschließen.</translation>
    </message>
    <message>
        <source>A new sync folder will be made here, with a new sync passphrase.</source>
        <translation>Hier wird ein neuer Sync-Ordner mit einer neuen Sync-Passphrase angelegt.</translation>
    </message>
    <message>
        <source>Choose a folder to sync through.</source>
        <translation>Wähle einen Ordner für den Abgleich.</translation>
    </message>
    <message>
        <source>Type the sync passphrase.</source>
        <translation>Gib die Sync-Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the new one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; gib die neue zweimal ein.</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Computers seen</source>
        <translation>Bekannte Computer</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Wartende Änderungen</translation>
    </message>
    <message>
        <source>The window syncs when it opens, a few seconds after you save, and every few minutes; the key is kept in this journal, so no passphrase is asked.</source>
        <translation>Das Fenster gleicht beim Öffnen ab, ein paar Sekunden nach dem Speichern und alle paar Minuten; der Schlüssel liegt in diesem Tagebuch, daher wird keine Passphrase abgefragt.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no other computer yet</source>
        <translation>noch kein anderer Computer</translation>
    </message>
    <message>
        <source>%1 to send, %2 files from others to apply</source>
        <translation>%1 zu senden, %2 Dateien von anderen zu übernehmen</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Sync status</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>Moved to the Trash. Ctrl+Z brings it back.</source>
        <translation>In den Papierkorb verschoben. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Restored from the Trash.</source>
        <translation>Aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every entry in the Trash for good? This cannot be undone.</source>
        <translation>Alle Einträge im Papierkorb endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>{0} deleted for good.</source>
        <translation>{0} endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Emptying the Trash…</source>
        <translation>Der Papierkorb wird geleert…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>an unexpected problem happened ({0}); its details were written to {1}</source>
        <translation>ein unerwartetes Problem ist aufgetreten ({0}); die Einzelheiten stehen in {1}</translation>
    </message>
    <message>
        <source>an unexpected problem happened ({0}), and it could not be written to {1}</source>
        <translation>ein unerwartetes Problem ist aufgetreten ({0}), und es konnte nicht in {1} festgehalten werden</translation>
    </message>
</context>
<context>
    <name>ZoneCalendar</name>
    <message>
        <source>Calendar of entries, days coloured by zone</source>
        <translation>Kalender der Einträge, Tage nach Zone gefärbt</translation>
    </message>
</context>
<context>
    <name>ZoneKey</name>
    <message>
        <source>Zone colours</source>
        <translation>Zonenfarben</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Awful</source>
        <translation>Furchtbar</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gedrückt</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>Großartig</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
</context>
</TS>
