<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ml_IN">
<context>
    <name>AttachmentsController</name>
    <message>
        <source>Attach…</source>
        <translation>ഫയൽ ചേർക്കുക…</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>ഫോട്ടോകളോ ഫയലുകളോ ചേർക്കുക</translation>
    </message>
    <message>
        <source>Add photos or files to the entry (Ctrl+Shift+A), or drop them on the text</source>
        <translation>കുറിപ്പിലേക്ക് ഫോട്ടോകളോ ഫയലുകളോ ചേർക്കുക (Ctrl+Shift+A), അല്ലെങ്കിൽ അവ എഴുത്തിലേക്ക് വലിച്ചിടുക</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif);;All files (*)</source>
        <translation>ഫോട്ടോകൾ (*.jpg *.jpeg *.png *.heic *.heif *.webp *.gif);;എല്ലാ ഫയലുകളും (*)</translation>
    </message>
    <message>
        <source>Adding {0} file(s)…</source>
        <translation>{0} ഫയൽ ചേർക്കുന്നു…</translation>
    </message>
    <message>
        <source>Another entry was opened before the file was ready; it was not added</source>
        <translation>ഫയൽ തയ്യാറാകുന്നതിനു മുമ്പ് മറ്റൊരു കുറിപ്പ് തുറന്നു; അത് ചേർത്തില്ല</translation>
    </message>
    <message>
        <source>Added {0} file(s); they are kept when the entry is saved</source>
        <translation>{0} ഫയൽ ചേർത്തു; കുറിപ്പ് സൂക്ഷിക്കുമ്പോൾ അവയും സൂക്ഷിക്കും</translation>
    </message>
    <message>
        <source>Could not add the file: {0}</source>
        <translation>ഫയൽ ചേർക്കാനായില്ല: {0}</translation>
    </message>
</context>
<context>
    <name>AttachmentsStrip</name>
    <message>
        <source>Photos and files of the entry</source>
        <translation>കുറിപ്പിലെ ഫോട്ടോകളും ഫയലുകളും</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>തുറക്കുക</translation>
    </message>
    <message>
        <source>Remove from the entry</source>
        <translation>കുറിപ്പിൽ നിന്ന് നീക്കുക</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>ചാർട്ടുകൾ</translation>
    </message>
    <message>
        <source>Chart saved to {0}</source>
        <translation>ചാർട്ട് {0} എന്നതിൽ സൂക്ഷിച്ചു</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message numerus="yes">
        <source>%n-day mean</source>
        <translation>
            <numerusform>%n ദിവസത്തെ ശരാശരി</numerusform>
            <numerusform>%n ദിവസത്തെ ശരാശരി</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks or months, as fits</source>
        <translation>ആഴ്ചകളോ മാസങ്ങളോ, യോജിക്കുംപോലെ</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>ആഴ്ച തോറും</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>മാസം തോറും</translation>
    </message>
    <message>
        <source>One line per person</source>
        <translation>ഓരോ ആൾക്കും ഓരോ വര</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>എക്സ്പോർട്ട്…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>ഈ ചാർട്ട് PNG, SVG അല്ലെങ്കിൽ PDF ആയി സൂക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>ചാർട്ട്:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>കാലയളവ്:</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>ചാർട്ട് എക്സ്പോർട്ട് ചെയ്യുക</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ഇപ്പോൾത്തന്നെ ഉണ്ട്. അതിനു പകരം വയ്ക്കണോ?</translation>
    </message>
    <message>
        <source>The charts cannot be drawn: %1</source>
        <translation>ചാർട്ടുകൾ വരയ്ക്കാൻ കഴിയുന്നില്ല: %1</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG ചിത്രം (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG രേഖാചിത്രം (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF പ്രമാണം (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 എഴുതാൻ കഴിഞ്ഞില്ല: %2</translation>
    </message>
    <message>
        <source> — only: {0}</source>
        <translation> — ഇവ മാത്രം: {0}</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 നീക്കുക</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Recovered draft — not yet saved</source>
        <translation>വീണ്ടെടുത്ത കരട് — ഇതുവരെ സൂക്ഷിച്ചിട്ടില്ല</translation>
    </message>
    <message>
        <source>Throw away the recovered text? It cannot be brought back.</source>
        <translation>വീണ്ടെടുത്ത എഴുത്ത് കളയണോ? പിന്നെ അത് തിരികെ കിട്ടില്ല.</translation>
    </message>
</context>
<context>
    <name>DriftBanner</name>
    <message>
        <source>Write about it</source>
        <translation>ഇതെക്കുറിച്ച് എഴുതുക</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ഇപ്പോൾ വേണ്ട</translation>
    </message>
    <message>
        <source>You could ask yourself: %1</source>
        <translation>സ്വയം ചോദിച്ചുനോക്കാം: %1</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards others (balance %2, your own side %3 of 10), and &apos;codependency&apos; came up %4 times.</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിലെ നിങ്ങളുടെ കുറിപ്പുകൾ മറ്റുള്ളവരിലേക്ക് ചാഞ്ഞിരിക്കുന്നു (സന്തുലനം %2, നിങ്ങളുടെ സ്വന്തം ഭാഗം 10-ൽ %3), &apos;അമിതാശ്രയത്വം&apos; %4 തവണ വന്നു.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards others (balance %2, your own side %3 of 10).</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിലെ നിങ്ങളുടെ കുറിപ്പുകൾ മറ്റുള്ളവരിലേക്ക് ചാഞ്ഞിരിക്കുന്നു (സന്തുലനം %2, നിങ്ങളുടെ സ്വന്തം ഭാഗം 10-ൽ %3).</translation>
    </message>
    <message>
        <source>In the last %1 days, &apos;codependency&apos; came up %4 times.</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിൽ &apos;അമിതാശ്രയത്വം&apos; %4 തവണ വന്നു.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards yourself (balance %2, support from others %3 of 10), and &apos;isolation&apos; came up %4 times.</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിലെ നിങ്ങളുടെ കുറിപ്പുകൾ നിങ്ങളിലേക്കുതന്നെ ചാഞ്ഞിരിക്കുന്നു (സന്തുലനം %2, മറ്റുള്ളവരുടെ പിന്തുണ 10-ൽ %3), &apos;ഒറ്റപ്പെടൽ&apos; %4 തവണ വന്നു.</translation>
    </message>
    <message>
        <source>Over the last %1 days your entries have leaned towards yourself (balance %2, support from others %3 of 10).</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിലെ നിങ്ങളുടെ കുറിപ്പുകൾ നിങ്ങളിലേക്കുതന്നെ ചാഞ്ഞിരിക്കുന്നു (സന്തുലനം %2, മറ്റുള്ളവരുടെ പിന്തുണ 10-ൽ %3).</translation>
    </message>
    <message>
        <source>In the last %1 days, &apos;isolation&apos; came up %4 times.</source>
        <translation>കഴിഞ്ഞ %1 ദിവസങ്ങളിൽ &apos;ഒറ്റപ്പെടൽ&apos; %4 തവണ വന്നു.</translation>
    </message>
</context>
<context>
    <name>EntryContextLine</name>
    <message>
        <source>Place, weather and source</source>
        <translation>സ്ഥലം, കാലാവസ്ഥ, ഉറവിടം</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>സ്ഥലം: %1</translation>
    </message>
    <message>
        <source>Weather: %1</source>
        <translation>കാലാവസ്ഥ: %1</translation>
    </message>
    <message>
        <source>From the journal “%1”</source>
        <translation>“%1” എന്ന ഡയറിയിൽ നിന്ന്</translation>
    </message>
    <message>
        <source>Scales: %1</source>
        <translation>അളവുകൾ: %1</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>തലക്കെട്ട്</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>നക്ഷത്രമിട്ടത്</translation>
    </message>
    <message>
        <source>Star this entry</source>
        <translation>ഈ കുറിപ്പിന് നക്ഷത്രമിടുക</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>തീയതിയും സമയവും</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>മനോനില</translation>
    </message>
    <message>
        <source>No mood</source>
        <translation>മനോനില ഇല്ല</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>ഒരു വിഷയം ചേർക്കുക…</translation>
    </message>
    <message>
        <source>Add a theme</source>
        <translation>ഒരു വിഷയം ചേർക്കുക</translation>
    </message>
    <message>
        <source>Browse ▾</source>
        <translation>തിരഞ്ഞെടുക്കുക ▾</translation>
    </message>
    <message>
        <source>Browse themes by pillar</source>
        <translation>വിഭാഗം തിരിച്ച് വിഷയങ്ങൾ കാണുക</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>ഒരാളെ ചേർക്കുക…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>ഒരാളെ ചേർക്കുക</translation>
    </message>
    <message>
        <source>Entry text (Markdown)</source>
        <translation>കുറിപ്പിന്റെ എഴുത്ത് (Markdown)</translation>
    </message>
    <message>
        <source>Write about your day. Markdown works: **bold**, *italic*, - lists.</source>
        <translation>നിങ്ങളുടെ ദിവസത്തെക്കുറിച്ച് എഴുതൂ. Markdown ഉപയോഗിക്കാം: **കനത്തിൽ**, *ചെരിച്ച്*, - പട്ടികകൾ.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>മുൻകാഴ്ച</translation>
    </message>
    <message>
        <source>Write or preview</source>
        <translation>എഴുതുക അല്ലെങ്കിൽ മുൻകാഴ്ച</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>എഴുതുക</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>സൂക്ഷിക്കൽ നില</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>മനോനില (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>എപ്പോൾ (&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>വിഷയങ്ങൾ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>ആളുകൾ (&amp;P)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>നിലകൾ</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>തലക്കെട്ടില്ല</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The log holds no journal text. You can attach it to a report of the problem.</source>
        <translation>ലോഗിൽ ഡയറിയിലെ എഴുത്തൊന്നുമില്ല. പ്രശ്നം അറിയിക്കുമ്പോൾ അത് ചേർക്കാം.</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>ലോഗ് ഫോൾഡർ തുറക്കുക</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>കുറിപ്പുകൾ എക്സ്പോർട്ട് ചെയ്യുക</translation>
    </message>
    <message>
        <source>CSV (spreadsheets; entries only)</source>
        <translation>CSV (സ്പ്രെഡ്ഷീറ്റുകൾക്ക്; കുറിപ്പുകൾ മാത്രം)</translation>
    </message>
    <message>
        <source>JSON (the whole journal: entries, themes, people)</source>
        <translation>JSON (ഡയറി മുഴുവൻ: കുറിപ്പുകൾ, വിഷയങ്ങൾ, ആളുകൾ)</translation>
    </message>
    <message>
        <source>Zip (the JSON with the entries&apos; photos and files)</source>
        <translation>Zip (JSON-ഉം കുറിപ്പുകളിലെ ഫോട്ടോകളും ഫയലുകളും)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>മുതൽ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>വരെ</translation>
    </message>
    <message>
        <source>Tick themes to export only entries with any of them</source>
        <translation>ഏതെങ്കിലും ഒന്നുള്ള കുറിപ്പുകൾ മാത്രം എക്സ്പോർട്ട് ചെയ്യാൻ വിഷയങ്ങൾ അടയാളപ്പെടുത്തുക</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>രൂപം</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ഫയൽ</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>തീയതികൾ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>വിഷയങ്ങൾ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>എക്സ്പോർട്ട്</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>എക്സ്പോർട്ട് ചെയ്യേണ്ട ഫയൽ</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ഫയലുകൾ (*.csv)</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip ഫയലുകൾ (*.zip)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ഫയലുകൾ (*.json)</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>തുടക്ക തീയതി അവസാന തീയതിക്കു ശേഷമാണ്.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} ഒരു ഫോൾഡറാണ്; ഒരു ഫയൽ പേര് നൽകുക.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} എന്ന ഫോൾഡർ നിലവിലില്ല.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>എക്സ്പോർട്ട് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Exported {count} to {path}.</source>
        <translation>{count} {path} എന്നതിലേക്ക് എക്സ്പോർട്ട് ചെയ്തു.</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>ഒന്നും എക്സ്പോർട്ട് ചെയ്തില്ല: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>റദ്ദാക്കി; ഫയലൊന്നും എഴുതിയില്ല.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search entries</source>
        <translation>കുറിപ്പുകളിൽ തിരയുക</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>ഫിൽട്ടറുകൾ കാണിക്കുക</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>ഫിൽട്ടറുകൾ കാണിക്കുക അല്ലെങ്കിൽ മറയ്ക്കുക</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>തുടക്ക തീയതി</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>അവസാന തീയതി</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>വിഷയം</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>വിഭാഗം</translation>
    </message>
    <message>
        <source>Any pillar</source>
        <translation>ഏതു വിഭാഗവും</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ആൾ</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>മേഖല</translation>
    </message>
    <message>
        <source>Any zone</source>
        <translation>ഏതു മേഖലയും</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>നക്ഷത്രമിട്ടവ മാത്രം</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ഫിൽട്ടറുകൾ മായ്ക്കുക</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>തീയതികൾ</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>ഏതു വിഷയവും</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>ആരും</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>ഫിൽട്ടറുകൾ (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>ഫിൽട്ടറുകൾ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>കുറിപ്പുകൾ ഇംപോർട്ട് ചെയ്യുക</translation>
    </message>
    <message>
        <source>A CSV, JSON, jrnl, Day One or Daylio export</source>
        <translation>ഒരു CSV, JSON, jrnl, Day One അല്ലെങ്കിൽ Daylio എക്സ്പോർട്ട്</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>ഫോൾഡർ…</translation>
    </message>
    <message>
        <source>A Day One Classic journal (a Journal.dayone folder)</source>
        <translation>ഒരു Day One Classic ഡയറി (Journal.dayone ഫോൾഡർ)</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>സ്വയം തിരിച്ചറിയുക</translation>
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
        <translation>jrnl (എഴുത്ത് അല്ലെങ്കിൽ JSON)</translation>
    </message>
    <message>
        <source>Day One (JSON or zip)</source>
        <translation>Day One (JSON അല്ലെങ്കിൽ zip)</translation>
    </message>
    <message>
        <source>Daylio CSV</source>
        <translation>Daylio CSV</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds.</source>
        <translation>ഉള്ളടക്കം കാണാൻ ഒരു ഫയൽ തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>തീയതി</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>സമയം</translation>
    </message>
    <message>
        <source>Title or text</source>
        <translation>തലക്കെട്ട് അല്ലെങ്കിൽ എഴുത്ത്</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>മനോനില</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>വിഷയങ്ങൾ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>വരി</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>കാരണം</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>കുറിപ്പുകൾ</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>തള്ളിയ വരികൾ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>വിവരങ്ങൾ</translation>
    </message>
    <message>
        <source>Mood in the file</source>
        <translation>ഫയലിലെ മനോനില</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>നില</translation>
    </message>
    <message>
        <source>Levels for moods of your own</source>
        <translation>നിങ്ങളുടെ സ്വന്തം മനോനിലകൾക്കുള്ള നിലകൾ</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>മനോനിലകൾ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>റദ്ദാക്കുക</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ഇംപോർട്ട്</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>ഇംപോർട്ട് ചെയ്യേണ്ട ഫയൽ</translation>
    </message>
    <message>
        <source>Journal exports (*.csv *.json *.txt *.journal *.zip *.doentry);;All files (*)</source>
        <translation>ഡയറി എക്സ്പോർട്ടുകൾ (*.csv *.json *.txt *.journal *.zip *.doentry);;എല്ലാ ഫയലുകളും (*)</translation>
    </message>
    <message>
        <source>Import a journal folder</source>
        <translation>ഒരു ഡയറി ഫോൾഡർ ഇംപോർട്ട് ചെയ്യുക</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} വായിക്കുന്നു…</translation>
    </message>
    <message>
        <source>Not kept: {what}</source>
        <translation>സൂക്ഷിക്കാത്തവ: {what}</translation>
    </message>
    <message>
        <source>Rejected rows ({n})</source>
        <translation>തള്ളിയ വരികൾ ({n})</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>വിവരങ്ങൾ ({n})</translation>
    </message>
    <message>
        <source>{name}: 1 row cannot be imported, so nothing will be. Fix it in the file and choose it again, or leave it out.</source>
        <translation>{name}: ഒരു വരി ഇംപോർട്ട് ചെയ്യാൻ കഴിയില്ല, അതിനാൽ ഒന്നും ഇംപോർട്ട് ചെയ്യില്ല. ഫയലിൽ അത് ശരിയാക്കി വീണ്ടും തിരഞ്ഞെടുക്കുക, അല്ലെങ്കിൽ അത് ഒഴിവാക്കുക.</translation>
    </message>
    <message>
        <source>{name}: {bad} rows cannot be imported, so nothing will be. Fix them in the file and choose it again, or leave them out.</source>
        <translation>{name}: {bad} വരികൾ ഇംപോർട്ട് ചെയ്യാൻ കഴിയില്ല, അതിനാൽ ഒന്നും ഇംപോർട്ട് ചെയ്യില്ല. ഫയലിൽ അവ ശരിയാക്കി വീണ്ടും തിരഞ്ഞെടുക്കുക, അല്ലെങ്കിൽ അവ ഒഴിവാക്കുക.</translation>
    </message>
    <message>
        <source>Import the other {count} and leave out the bad ones named below</source>
        <translation>ബാക്കി {count} ഇംപോർട്ട് ചെയ്യുക, താഴെ പറയുന്ന തെറ്റായവ ഒഴിവാക്കുക</translation>
    </message>
    <message>
        <source> (the first {n} shown)</source>
        <translation> (ആദ്യത്തെ {n} എണ്ണം കാണിക്കുന്നു)</translation>
    </message>
    <message>
        <source>{name} ({fmt}): {count} ready to import{shown}.</source>
        <translation>{name} ({fmt}): {count} ഇംപോർട്ട് ചെയ്യാൻ തയ്യാർ{shown}.</translation>
    </message>
    <message>
        <source>{name} ({fmt}): all {count} are in the journal already; nothing new to import.</source>
        <translation>{name} ({fmt}): {count} എല്ലാം ഇപ്പോൾത്തന്നെ ഡയറിയിലുണ്ട്; പുതുതായി ഇംപോർട്ട് ചെയ്യാൻ ഒന്നുമില്ല.</translation>
    </message>
    <message>
        <source>{n} of them are in the journal already and will be left as they are.</source>
        <translation>അവയിൽ {n} എണ്ണം ഇപ്പോൾത്തന്നെ ഡയറിയിലുണ്ട്; അവ അതുപോലെ തുടരും.</translation>
    </message>
    <message>
        <source>{n} left out (see Notes).</source>
        <translation>{n} എണ്ണം ഒഴിവാക്കി (വിവരങ്ങൾ കാണുക).</translation>
    </message>
    <message>
        <source>Left out as you chose: {bad} (see Rejected rows).</source>
        <translation>നിങ്ങൾ തിരഞ്ഞെടുത്തതുപോലെ ഒഴിവാക്കിയവ: {bad} (തള്ളിയ വരികൾ കാണുക).</translation>
    </message>
    <message>
        <source>Some of what the file holds is not kept (see Notes).</source>
        <translation>ഫയലിലുള്ള ചിലത് സൂക്ഷിക്കുന്നില്ല (വിവരങ്ങൾ കാണുക).</translation>
    </message>
    <message>
        <source>Moods ({n})</source>
        <translation>മനോനിലകൾ ({n})</translation>
    </message>
    <message>
        <source>No mood (keep the name in the text)</source>
        <translation>മനോനില ഇല്ല (പേര് എഴുത്തിൽ നിലനിർത്തുക)</translation>
    </message>
    <message>
        <source>Level for {label}</source>
        <translation>{label} എന്നതിനുള്ള നില</translation>
    </message>
    <message>
        <source>Importing {count}…</source>
        <translation>{count} ഇംപോർട്ട് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Added {added}; {present} already in the journal.</source>
        <translation>{added} ചേർത്തു; {present} എണ്ണം ഇപ്പോൾത്തന്നെ ഡയറിയിലുണ്ട്.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>ഒന്നും ഇംപോർട്ട് ചെയ്തില്ല: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>റദ്ദാക്കി; ഒന്നും ഇംപോർട്ട് ചെയ്തില്ല.</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Entries</source>
        <translation>കുറിപ്പുകൾ</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>കാണിക്കുന്ന കുറിപ്പുകളുടെ എണ്ണം</translation>
    </message>
    <message>
        <source>1 entry in the Trash</source>
        <translation>ചവറ്റുകുട്ടയിൽ ഒരു കുറിപ്പ്</translation>
    </message>
    <message>
        <source>%1 entries in the Trash</source>
        <translation>ചവറ്റുകുട്ടയിൽ %1 കുറിപ്പുകൾ</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>ഒരു കുറിപ്പ്</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 കുറിപ്പുകൾ</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>ചവറ്റുകുട്ട ശൂന്യമാണ്.</translation>
    </message>
    <message>
        <source>No entries match.
Try fewer words or clear the filters.</source>
        <translation>ചേരുന്ന കുറിപ്പുകളൊന്നുമില്ല.
കുറച്ചു വാക്കുകൾ മാത്രം നൽകുക, അല്ലെങ്കിൽ ഫിൽട്ടറുകൾ മായ്ക്കുക.</translation>
    </message>
    <message>
        <source>No entries yet.
Press Ctrl+N to write your first one.</source>
        <translation>ഇതുവരെ കുറിപ്പുകളൊന്നുമില്ല.
ആദ്യത്തേത് എഴുതാൻ Ctrl+N അമർത്തുക.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;New Entry</source>
        <translation>പുതിയ കുറിപ്പ് (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>സൂക്ഷിക്കുക (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ഇംപോർട്ട് (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>എക്സ്പോർട്ട് (&amp;E)…</translation>
    </message>
    <message>
        <source>Monthly &amp;Report…</source>
        <translation>മാസ റിപ്പോർട്ട് (&amp;R)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>ക്രമീകരണങ്ങൾ (&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>പുറത്തുകടക്കുക (&amp;Q)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ചവറ്റുകുട്ടയിലേക്ക് മാറ്റുക (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>നീക്കം ചെയ്തത് തിരികെയാക്കുക (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>തിരയുക (&amp;F)…</translation>
    </message>
    <message>
        <source>Show &amp;Calendar Panel</source>
        <translation>കലണ്ടർ പാളി കാണിക്കുക (&amp;C)</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>ചവറ്റുകുട്ട കാണിക്കുക (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>ചവറ്റുകുട്ടയിൽ നിന്ന് തിരികെയെടുക്കുക (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ചവറ്റുകുട്ട ഒഴിക്കുക (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>ഇപ്പോൾ ബാക്കപ്പ് എടുക്കുക (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>ബാക്കപ്പിൽ നിന്ന് വീണ്ടെടുക്കുക (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a Passphrase…</source>
        <translation>രഹസ്യവാക്യം കൊണ്ട് എൻക്രിപ്റ്റ് ചെയ്യുക (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase…</source>
        <translation>രഹസ്യവാക്യം മാറ്റുക (&amp;C)…</translation>
    </message>
    <message>
        <source>Re&amp;move Encryption…</source>
        <translation>എൻക്രിപ്ഷൻ നീക്കുക (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About Balance Journal</source>
        <translation>Balance Journal-നെക്കുറിച്ച് (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ഫയൽ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>തിരുത്തുക (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>കാഴ്ച (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>ഡയറി (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>സഹായം (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>പ്രധാന ടൂൾബാർ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>ചാർട്ടുകൾ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>കാഴ്ചകൾ</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ഡയറി</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>തുറക്കുന്നു</translation>
    </message>
    <message>
        <source>Draft kept — not yet saved</source>
        <translation>കരട് സൂക്ഷിച്ചു — ഇതുവരെ സേവ് ചെയ്തിട്ടില്ല</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>സൂക്ഷിക്കാത്ത മാറ്റങ്ങൾ</translation>
    </message>
    <message>
        <source>In the Trash — restore it to edit</source>
        <translation>ചവറ്റുകുട്ടയിലാണ് — തിരുത്താൻ തിരികെയെടുക്കുക</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>പുതിയ കുറിപ്പ്</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>സൂക്ഷിച്ചു</translation>
    </message>
    <message>
        <source>The window will close when this is done.</source>
        <translation>ഇത് കഴിയുമ്പോൾ ജാലകം അടയും.</translation>
    </message>
    <message>
        <source>Your unsaved text could not be kept. Close anyway and lose it?</source>
        <translation>സൂക്ഷിക്കാത്ത എഴുത്ത് നിലനിർത്താൻ കഴിഞ്ഞില്ല. എന്നിട്ടും അടച്ച് അത് നഷ്ടപ്പെടുത്തണോ?</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>രഹസ്യവാക്യം</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>ഇപ്പോഴത്തെ രഹസ്യവാക്യം</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>പുതിയ രഹസ്യവാക്യം</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>പുതിയ രഹസ്യവാക്യം ഒരിക്കൽക്കൂടി</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>ഇപ്പോഴത്തെ രഹസ്യവാക്യം:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>പുതിയ രഹസ്യവാക്യം:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>ഒരിക്കൽക്കൂടി:</translation>
    </message>
    <message>
        <source>Without the passphrase the journal cannot be read. Keep it safe.</source>
        <translation>രഹസ്യവാക്യമില്ലാതെ ഡയറി വായിക്കാനാവില്ല. അത് സുരക്ഷിതമായി സൂക്ഷിക്കുക.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>{problem}.

Restore the newest verified backup, from {when}? The damaged file is kept in the backup folder.</source>
        <translation>{problem}.

{when}-ലെ, പരിശോധിച്ചുറപ്പിച്ച ഏറ്റവും പുതിയ ബാക്കപ്പ് വീണ്ടെടുക്കണോ? കേടായ ഫയൽ ബാക്കപ്പ് ഫോൾഡറിൽ സൂക്ഷിക്കും.</translation>
    </message>
    <message>
        <source>, and no verified backup was found.</source>
        <translation>, പരിശോധിച്ചുറപ്പിച്ച ബാക്കപ്പൊന്നും കണ്ടെത്തിയില്ല.</translation>
    </message>
    <message>
        <source>This journal is already open in another window.</source>
        <translation>ഈ ഡയറി മറ്റൊരു ജാലകത്തിൽ ഇപ്പോൾത്തന്നെ തുറന്നിരിക്കുന്നു.</translation>
    </message>
    <message>
        <source>The journal is damaged ({0}). Nothing more will be saved to it; text you have not saved stays in the editor. Restore a backup from the Journal menu.</source>
        <translation>ഡയറി കേടായിരിക്കുന്നു ({0}). ഇനി ഒന്നും അതിൽ സൂക്ഷിക്കില്ല; നിങ്ങൾ സൂക്ഷിക്കാത്ത എഴുത്ത് എഡിറ്ററിൽത്തന്നെ ഉണ്ടാകും. ഡയറി മെനുവിൽ നിന്ന് ഒരു ബാക്കപ്പ് വീണ്ടെടുക്കുക.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>ഇന്നത്തെ ബാക്കപ്പ് എടുക്കാൻ കഴിഞ്ഞില്ല: {0}</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>any</source>
        <translation>ഏതും</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>{app}: passphrase</source>
        <translation>{app}: രഹസ്യവാക്യം</translation>
    </message>
    <message>
        <source>Wrong passphrase. Please try again.</source>
        <translation>രഹസ്യവാക്യം തെറ്റാണ്. വീണ്ടും ശ്രമിക്കുക.</translation>
    </message>
    <message>
        <source>The journal {name} is encrypted. Enter its passphrase:</source>
        <translation>{name} എന്ന ഡയറി എൻക്രിപ്റ്റ് ചെയ്തതാണ്. അതിന്റെ രഹസ്യവാക്യം നൽകുക:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>രഹസ്യവാക്യം</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>ഫോട്ടോ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>തുറക്കുന്നു…</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>ഫോട്ടോ</translation>
    </message>
    <message>
        <source>This file is not a picture the app can show, or the journal lacks it.</source>
        <translation>ഈ ഫയൽ ആപ്പിന് കാണിക്കാൻ കഴിയുന്ന ഒരു ചിത്രമല്ല, അല്ലെങ്കിൽ അത് ഡയറിയിൽ ഇല്ല.</translation>
    </message>
</context>
<context>
    <name>PromptPicker</name>
    <message>
        <source>Prompts</source>
        <translation>ചിന്താചോദ്യങ്ങൾ</translation>
    </message>
    <message>
        <source>Insert a reflection prompt or an entry template</source>
        <translation>ഒരു ചിന്താചോദ്യമോ കുറിപ്പിന്റെ മാതൃകയോ ചേർക്കുക</translation>
    </message>
    <message>
        <source>Suggested for the last days</source>
        <translation>കഴിഞ്ഞ ദിവസങ്ങൾക്കായി നിർദ്ദേശിക്കുന്നവ</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>മാതൃകകൾ</translation>
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
        <translation>സ്വാതന്ത്ര്യത്തിന്റെ നില, 0 മുതൽ 10 വരെ</translation>
    </message>
    <message>
        <source>How much you kept your own self today: time, interests, decisions, boundaries</source>
        <translation>ഇന്ന് നിങ്ങൾ എത്രത്തോളം നിങ്ങളായിത്തന്നെ നിന്നു: സമയം, താൽപ്പര്യങ്ങൾ, തീരുമാനങ്ങൾ, അതിരുകൾ</translation>
    </message>
    <message>
        <source>Interdependence rating, 0 to 10</source>
        <translation>പരസ്പരാശ്രയത്വത്തിന്റെ നില, 0 മുതൽ 10 വരെ</translation>
    </message>
    <message>
        <source>How much you and the others relied on and supported each other</source>
        <translation>നിങ്ങളും മറ്റുള്ളവരും എത്രത്തോളം പരസ്പരം ആശ്രയിക്കുകയും താങ്ങാവുകയും ചെയ്തു</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>സന്തുലനം</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>മേഖല</translation>
    </message>
    <message>
        <source>&amp;Independence</source>
        <translation>സ്വാതന്ത്ര്യം (&amp;I)</translation>
    </message>
    <message>
        <source>Inter&amp;dependence</source>
        <translation>പരസ്പരാശ്രയത്വം (&amp;D)</translation>
    </message>
    <message>
        <source>Rate both to see the balance</source>
        <translation>സന്തുലനം കാണാൻ രണ്ടിനും നില നൽകുക</translation>
    </message>
    <message>
        <source>Balance %1</source>
        <translation>സന്തുലനം %1</translation>
    </message>
</context>
<context>
    <name>RecoveryBar</name>
    <message>
        <source>Save it</source>
        <translation>സൂക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>Save the recovered text</source>
        <translation>വീണ്ടെടുത്ത എഴുത്ത് സൂക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ഉപേക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>Discard the recovered text</source>
        <translation>വീണ്ടെടുത്ത എഴുത്ത് ഉപേക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was kept for you. It is back in the editor.</source>
        <translation>%1-ലെ സൂക്ഷിക്കാത്ത എഴുത്ത് നിങ്ങൾക്കായി കരുതിവച്ചിരുന്നു. അത് എഡിറ്ററിൽ തിരിച്ചെത്തി.</translation>
    </message>
</context>
<context>
    <name>ReflectController</name>
    <message>
        <source>Reflection prompts and templates</source>
        <translation>ചിന്താചോദ്യങ്ങളും മാതൃകകളും</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Monthly Report</source>
        <translation>മാസ റിപ്പോർട്ട്</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>റിപ്പോർട്ടിന്റെ മാസം</translation>
    </message>
    <message>
        <source>Leave out every title and entry text (to share it)</source>
        <translation>എല്ലാ തലക്കെട്ടുകളും കുറിപ്പുകളിലെ എഴുത്തും ഒഴിവാക്കുക (പങ്കുവയ്ക്കാൻ)</translation>
    </message>
    <message>
        <source>The report holds the month&apos;s charts, counts and zones, and its entries. The redacted one holds the charts and numbers only.</source>
        <translation>റിപ്പോർട്ടിൽ മാസത്തിന്റെ ചാർട്ടുകളും എണ്ണങ്ങളും മേഖലകളും കുറിപ്പുകളും ഉണ്ടാകും. മറച്ച പതിപ്പിൽ ചാർട്ടുകളും സംഖ്യകളും മാത്രം.</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>റിപ്പോർട്ടിന്റെ നില</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ആയി സൂക്ഷിക്കുക…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>മാസം (&amp;M):</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>റിപ്പോർട്ട് സൂക്ഷിക്കുക</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF പ്രമാണങ്ങൾ (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved: {0}</source>
        <translation>റിപ്പോർട്ട് സൂക്ഷിച്ചില്ല: {0}</translation>
    </message>
    <message>
        <source>Drawing the report for {0}…</source>
        <translation>{0}-ലെ റിപ്പോർട്ട് തയ്യാറാക്കുന്നു…</translation>
    </message>
    <message>
        <source>Saved a {0}-page report to {1}.</source>
        <translation>{0} പേജുള്ള റിപ്പോർട്ട് {1} എന്നതിൽ സൂക്ഷിച്ചു.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{app}: restore a backup</source>
        <translation>{app}: ഒരു ബാക്കപ്പ് വീണ്ടെടുക്കുക</translation>
    </message>
    <message>
        <source>Choose a backup to put in place of the journal. The journal as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>ഡയറിക്കു പകരം വയ്ക്കാൻ ഒരു ബാക്കപ്പ് തിരഞ്ഞെടുക്കുക. ഇപ്പോഴത്തെ ഡയറി ആദ്യം ഒരു ബാക്കപ്പായി സൂക്ഷിക്കും, അതിനാൽ ഒന്നും നഷ്ടപ്പെടില്ല.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ബാക്കപ്പുകൾ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>വീണ്ടെടുക്കുക</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ദിവസേനയുള്ളത്</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>നിങ്ങൾ എടുത്തത്</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>വീണ്ടെടുക്കലിനു മുമ്പ്</translation>
    </message>
    <message>
        <source>after encryption change</source>
        <translation>എൻക്രിപ്ഷൻ മാറ്റത്തിനു ശേഷം</translation>
    </message>
    <message>
        <source>damaged journal set aside</source>
        <translation>മാറ്റിവച്ച കേടായ ഡയറി</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>ഒരു പുതുക്കലിനു മുമ്പ്</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>ഈ ഡയറിക്ക് ഇതുവരെ ബാക്കപ്പുകളൊന്നുമില്ല.</translation>
    </message>
    <message>
        <source>This backup was made with another passphrase.</source>
        <translation>ഈ ബാക്കപ്പ് മറ്റൊരു രഹസ്യവാക്യം കൊണ്ട് ഉണ്ടാക്കിയതാണ്.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored.</source>
        <translation>ഈ ബാക്കപ്പ് കേടായതിനാൽ വീണ്ടെടുക്കാൻ കഴിയില്ല.</translation>
    </message>
    <message>
        <source>This backup is checked and complete.</source>
        <translation>ഈ ബാക്കപ്പ് പരിശോധിച്ചതും പൂർണ്ണവുമാണ്.</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Backing up the journal…</source>
        <translation>ഡയറിയുടെ ബാക്കപ്പ് എടുക്കുന്നു…</translation>
    </message>
    <message>
        <source>Backup saved: {0}</source>
        <translation>ബാക്കപ്പ് സൂക്ഷിച്ചു: {0}</translation>
    </message>
    <message>
        <source>Restoring the journal from {0}…</source>
        <translation>{0}-ൽ നിന്ന് ഡയറി വീണ്ടെടുക്കുന്നു…</translation>
    </message>
    <message>
        <source>Restored from {0}</source>
        <translation>{0}-ൽ നിന്ന് വീണ്ടെടുത്തു</translation>
    </message>
    <message>
        <source>Remove the passphrase? The journal and its backups will be readable by anyone who can open the files.</source>
        <translation>രഹസ്യവാക്യം നീക്കണോ? ഫയലുകൾ തുറക്കാൻ കഴിയുന്ന ആർക്കും ഡയറിയും അതിന്റെ ബാക്കപ്പുകളും വായിക്കാനാകും.</translation>
    </message>
    <message>
        <source>Removing the encryption…</source>
        <translation>എൻക്രിപ്ഷൻ നീക്കുന്നു…</translation>
    </message>
    <message>
        <source>Encrypting the journal and its backups…</source>
        <translation>ഡയറിയും അതിന്റെ ബാക്കപ്പുകളും എൻക്രിപ്റ്റ് ചെയ്യുന്നു…</translation>
    </message>
    <message>
        <source>Changing the passphrase of the journal and its backups…</source>
        <translation>ഡയറിയുടെയും ബാക്കപ്പുകളുടെയും രഹസ്യവാക്യം മാറ്റുന്നു…</translation>
    </message>
    <message>
        <source>Done: the journal and its backups were converted.</source>
        <translation>കഴിഞ്ഞു: ഡയറിയും അതിന്റെ ബാക്കപ്പുകളും മാറ്റി.</translation>
    </message>
    <message>
        <source>The journal is still being read or backed up; try again in a moment.</source>
        <translation>ഡയറി ഇപ്പോഴും വായിക്കുകയോ ബാക്കപ്പ് എടുക്കുകയോ ചെയ്യുന്നു; അൽപ്പം കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.</translation>
    </message>
    <message>
        <source>{n} damaged unencrypted backups were removed.</source>
        <translation>എൻക്രിപ്റ്റ് ചെയ്യാത്ത {n} കേടായ ബാക്കപ്പുകൾ നീക്കം ചെയ്തു.</translation>
    </message>
    <message>
        <source>{n} damaged backups could not be converted and still open with the old passphrase.</source>
        <translation>കേടായ {n} ബാക്കപ്പുകൾ മാറ്റാൻ കഴിഞ്ഞില്ല; അവ ഇപ്പോഴും പഴയ രഹസ്യവാക്യം കൊണ്ടാണ് തുറക്കുക.</translation>
    </message>
    <message>
        <source>{n} damaged journals set aside earlier are not encrypted; delete them when you can.</source>
        <translation>നേരത്തെ മാറ്റിവച്ച കേടായ {n} ഡയറികൾ എൻക്രിപ്റ്റ് ചെയ്തിട്ടില്ല; കഴിയുമ്പോൾ അവ നീക്കം ചെയ്യുക.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ക്രമീകരണങ്ങൾ</translation>
    </message>
    <message>
        <source>Balanced band (± balance)</source>
        <translation>സന്തുലിത പരിധി (± സന്തുലനം)</translation>
    </message>
    <message>
        <source>Interdependent: both ratings at least</source>
        <translation>പരസ്പരാശ്രിതം: രണ്ടു നിലകളും കുറഞ്ഞത്</translation>
    </message>
    <message>
        <source>Low: both ratings at most</source>
        <translation>താഴ്ന്നത്: രണ്ടു നിലകളും പരമാവധി</translation>
    </message>
    <message>
        <source>Risk: the weaker rating at most</source>
        <translation>അപകടസാധ്യത: ദുർബലമായ നില പരമാവധി</translation>
    </message>
    <message>
        <source>Drift window (days)</source>
        <translation>ചായ്‌വ് നോക്കുന്ന കാലയളവ് (ദിവസങ്ങൾ)</translation>
    </message>
    <message>
        <source>Drift: mean balance above</source>
        <translation>ചായ്‌വ്: ശരാശരി സന്തുലനം ഇതിനു മുകളിൽ</translation>
    </message>
    <message>
        <source>Drift: weaker side&apos;s mean at most</source>
        <translation>ചായ്‌വ്: ദുർബലമായ ഭാഗത്തിന്റെ ശരാശരി പരമാവധി</translation>
    </message>
    <message>
        <source>Drift: warning theme on at least (entries)</source>
        <translation>ചായ്‌വ്: മുന്നറിയിപ്പ് വിഷയം കുറഞ്ഞത് (കുറിപ്പുകളിൽ)</translation>
    </message>
    <message>
        <source>Trend window (days)</source>
        <translation>പ്രവണതയുടെ കാലയളവ് (ദിവസങ്ങൾ)</translation>
    </message>
    <message>
        <source>Journal location</source>
        <translation>ഡയറിയുടെ സ്ഥാനം</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>Choose the journal file</source>
        <translation>ഡയറി ഫയൽ തിരഞ്ഞെടുക്കുക</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>ആഴ്ചയിലെ ആദ്യ ദിവസം</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>തിങ്കൾ</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>ഞായർ</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>ശനി</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>രൂപഭംഗി</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>സിസ്റ്റത്തെ പിന്തുടരുക</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>തെളിഞ്ഞത്</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ഇരുണ്ടത്</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ഭാഷ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>പൊതുവായവ</translation>
    </message>
    <message>
        <source>Journal file</source>
        <translation>ഡയറി ഫയൽ</translation>
    </message>
    <message>
        <source>Open now: {0}. The file above opens when the app starts without one named.</source>
        <translation>ഇപ്പോൾ തുറന്നിരിക്കുന്നത്: {0}. ഫയൽ പേര് നൽകാതെ ആപ്പ് തുടങ്ങുമ്പോൾ മുകളിലുള്ള ഫയൽ തുറക്കും.</translation>
    </message>
    <message>
        <source>A different journal file opens the next time you start the app.</source>
        <translation>അടുത്ത തവണ ആപ്പ് തുടങ്ങുമ്പോൾ മറ്റൊരു ഡയറി ഫയൽ തുറക്കും.</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>ആഴ്ച തുടങ്ങുന്നത്</translation>
    </message>
    <message>
        <source>A different language is used from the next start of the app.</source>
        <translation>ആപ്പ് അടുത്ത തവണ തുടങ്ങുന്നതു മുതൽ പുതിയ ഭാഷ ഉപയോഗിക്കും.</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>സൂക്ഷിക്കേണ്ട സ്വയമേയുള്ള ബാക്കപ്പുകൾ</translation>
    </message>
    <message>
        <source>Balance thresholds (kept in this journal)</source>
        <translation>സന്തുലനത്തിന്റെ പരിധികൾ (ഈ ഡയറിയിൽ സൂക്ഷിക്കുന്നു)</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>സ്വതവേയുള്ളവ തിരികെയാക്കുക</translation>
    </message>
    <message>
        <source>Restore default thresholds</source>
        <translation>സ്വതവേയുള്ള പരിധികൾ തിരികെയാക്കുക</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>സമന്വയം</translation>
    </message>
    <message>
        <source>Journals (*.db);;All files (*)</source>
        <translation>ഡയറികൾ (*.db);;എല്ലാ ഫയലുകളും (*)</translation>
    </message>
    <message>
        <source>The language could not be kept: {0}</source>
        <translation>ഭാഷ സൂക്ഷിക്കാൻ കഴിഞ്ഞില്ല: {0}</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A private journal of the balance between independence and interdependence in your relationships.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;നിങ്ങളുടെ ബന്ധങ്ങളിലെ സ്വാതന്ത്ര്യവും പരസ്പരാശ്രയത്വവും തമ്മിലുള്ള സന്തുലനത്തെക്കുറിച്ചുള്ള ഒരു സ്വകാര്യ ഡയറി.&lt;/p&gt;&lt;p&gt;എല്ലാം ഈ കമ്പ്യൂട്ടറിൽ, ഒരൊറ്റ ഫയലിൽ തന്നെ:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1-നെക്കുറിച്ച്</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>On this day in earlier years</source>
        <translation>മുൻവർഷങ്ങളിൽ ഇതേ ദിവസം</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>ഇതേ ദിവസം</translation>
    </message>
    <message>
        <source>Nothing written on this day in earlier years yet.</source>
        <translation>മുൻവർഷങ്ങളിൽ ഇതേ ദിവസം ഒന്നും എഴുതിയിട്ടില്ല.</translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>ഒരു വർഷം മുമ്പ്</translation>
    </message>
    <message>
        <source>%1 years ago</source>
        <translation>%1 വർഷം മുമ്പ്</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>A sync round is running; try again in a moment.</source>
        <translation>ഒരു സമന്വയം നടക്കുന്നുണ്ട്; അൽപ്പം കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Keep this journal the same on your other computers through a folder that Syncthing, Nextcloud, Dropbox, a network share or a USB stick carries. Everything written in the folder is encrypted with the sync passphrase.</source>
        <translation>Syncthing, Nextcloud, Dropbox, ഒരു നെറ്റ്‌വർക്ക് ഷെയർ അല്ലെങ്കിൽ ഒരു USB സ്റ്റിക്ക് കൈമാറുന്ന ഒരു ഫോൾഡർ വഴി ഈ ഡയറി നിങ്ങളുടെ മറ്റു കമ്പ്യൂട്ടറുകളിലും ഒരുപോലെ നിലനിർത്തുക. ഫോൾഡറിൽ എഴുതുന്നതെല്ലാം സമന്വയ രഹസ്യവാക്യം കൊണ്ട് എൻക്രിപ്റ്റ് ചെയ്യും.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>സമന്വയ ഫോൾഡർ</translation>
    </message>
    <message>
        <source>A folder your file-sync tool carries</source>
        <translation>ഫയൽ സമന്വയ ആപ്പിന്റെ ഫോൾഡർ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>തിരഞ്ഞെടുക്കുക…</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>സമന്വയ ഫോൾഡർ തിരഞ്ഞെടുക്കുക</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>ഈ കമ്പ്യൂട്ടറിന്റെ പേര്</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>സമന്വയ രഹസ്യവാക്യം</translation>
    </message>
    <message>
        <source>Sync passphrase again</source>
        <translation>സമന്വയ രഹസ്യവാക്യം ഒരിക്കൽക്കൂടി</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>ഒരിക്കൽക്കൂടി</translation>
    </message>
    <message>
        <source>Set Up Sync</source>
        <translation>സമന്വയം സജ്ജമാക്കുക</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>ഈ കമ്പ്യൂട്ടർ</translation>
    </message>
    <message>
        <source>A sync folder already: type its sync passphrase to join it.</source>
        <translation>ഇത് ഇപ്പോൾത്തന്നെ ഒരു സമന്വയ ഫോൾഡറാണ്: അതിൽ ചേരാൻ അതിന്റെ സമന്വയ രഹസ്യവാക്യം നൽകുക.</translation>
    </message>
    <message>
        <source>A new sync folder will be made here, with a new sync passphrase.</source>
        <translation>പുതിയ ഒരു സമന്വയ രഹസ്യവാക്യത്തോടെ ഇവിടെ പുതിയ ഒരു സമന്വയ ഫോൾഡർ ഉണ്ടാക്കും.</translation>
    </message>
    <message>
        <source>Choose a folder to sync through.</source>
        <translation>സമന്വയത്തിനായി ഒരു ഫോൾഡർ തിരഞ്ഞെടുക്കുക.</translation>
    </message>
    <message>
        <source>Type the sync passphrase.</source>
        <translation>സമന്വയ രഹസ്യവാക്യം നൽകുക.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the new one twice.</source>
        <translation>രണ്ടു രഹസ്യവാക്യങ്ങളും വ്യത്യസ്തമാണ്; പുതിയത് രണ്ടു തവണയും ഒരുപോലെ നൽകുക.</translation>
    </message>
    <message>
        <source>computer</source>
        <translation>കമ്പ്യൂട്ടർ</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>സജ്ജമാക്കുന്നു…</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>ഇപ്പോൾ സമന്വയിപ്പിക്കുക</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>അവസാന സമന്വയം</translation>
    </message>
    <message>
        <source>Computers seen</source>
        <translation>കണ്ട കമ്പ്യൂട്ടറുകൾ</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>കാത്തിരിക്കുന്ന മാറ്റങ്ങൾ</translation>
    </message>
    <message>
        <source>The window syncs when it opens, a few seconds after you save, and every few minutes; the key is kept in this journal, so no passphrase is asked.</source>
        <translation>ജാലകം തുറക്കുമ്പോഴും, നിങ്ങൾ സൂക്ഷിച്ച് ഏതാനും നിമിഷങ്ങൾക്കു ശേഷവും, ഏതാനും മിനിറ്റുകൾ കൂടുമ്പോഴും സമന്വയിപ്പിക്കുന്നു; താക്കോൽ ഈ ഡയറിയിൽത്തന്നെ സൂക്ഷിക്കുന്നതിനാൽ രഹസ്യവാക്യം ചോദിക്കില്ല.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ഇതുവരെ ഇല്ല</translation>
    </message>
    <message>
        <source>no other computer yet</source>
        <translation>ഇതുവരെ മറ്റു കമ്പ്യൂട്ടറുകളൊന്നുമില്ല</translation>
    </message>
    <message>
        <source>%1 to send, %2 files from others to apply</source>
        <translation>അയയ്ക്കാൻ %1, മറ്റു കമ്പ്യൂട്ടറുകളിൽ നിന്ന് ഉൾപ്പെടുത്താൻ %2 ഫയൽ</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <source>Sync status</source>
        <translation>സമന്വയ നില</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ഇപ്പോൾ സമന്വയിപ്പിക്കുക</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <source>Moved to the Trash. Ctrl+Z brings it back.</source>
        <translation>ചവറ്റുകുട്ടയിലേക്ക് മാറ്റി. Ctrl+Z അമർത്തിയാൽ തിരികെ വരും.</translation>
    </message>
    <message>
        <source>Restored from the Trash.</source>
        <translation>ചവറ്റുകുട്ടയിൽ നിന്ന് തിരികെയെടുത്തു.</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>ചവറ്റുകുട്ട ഒഴിക്കുക</translation>
    </message>
    <message>
        <source>Delete every entry in the Trash for good? This cannot be undone.</source>
        <translation>ചവറ്റുകുട്ടയിലെ എല്ലാ കുറിപ്പുകളും എന്നെന്നേക്കുമായി നീക്കം ചെയ്യണോ? ഇത് തിരുത്താനാവില്ല.</translation>
    </message>
    <message>
        <source>{0} deleted for good.</source>
        <translation>{0} എന്നെന്നേക്കുമായി നീക്കം ചെയ്തു.</translation>
    </message>
    <message>
        <source>Emptying the Trash…</source>
        <translation>ചവറ്റുകുട്ട ഒഴിക്കുന്നു…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>an unexpected problem happened ({0}); its details were written to {1}</source>
        <translation>അപ്രതീക്ഷിതമായ ഒരു പ്രശ്നമുണ്ടായി ({0}); അതിന്റെ വിവരങ്ങൾ {1} എന്നതിൽ എഴുതി</translation>
    </message>
    <message>
        <source>an unexpected problem happened ({0}), and it could not be written to {1}</source>
        <translation>അപ്രതീക്ഷിതമായ ഒരു പ്രശ്നമുണ്ടായി ({0}), അത് {1} എന്നതിൽ എഴുതാനും കഴിഞ്ഞില്ല</translation>
    </message>
</context>
<context>
    <name>ZoneCalendar</name>
    <message>
        <source>Calendar of entries, days coloured by zone</source>
        <translation>കുറിപ്പുകളുടെ കലണ്ടർ, ദിവസങ്ങൾക്ക് മേഖലയുടെ നിറം</translation>
    </message>
</context>
<context>
    <name>ZoneKey</name>
    <message>
        <source>Zone colours</source>
        <translation>മേഖലകളുടെ നിറങ്ങൾ</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Awful</source>
        <translation>വളരെ മോശം</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>വിഷമം</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>കുഴപ്പമില്ല</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>നല്ലത്</translation>
    </message>
    <message>
        <source>Great</source>
        <translation>വളരെ നല്ലത്</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>ഒരു കുറിപ്പ്</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 കുറിപ്പുകൾ</translation>
    </message>
</context>
</TS>
