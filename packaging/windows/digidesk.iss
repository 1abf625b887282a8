; Inno Setup 6 script: DigiDesk-Setup-<version>.exe from the one-folder build in dist\DigiDesk.
;
; Build on Windows after `pyinstaller packaging\digidesk.spec`:
;   iscc /DAppVersion=0.1.0 packaging\windows\digidesk.iss
; The version comes from pyproject.toml in the release workflow; the default below is
; checked against it by tests/core/test_packaging.py.
;
; Installs per user without administrator rights (PrivilegesRequired=lowest), into
; %LOCALAPPDATA%\Programs\DigiDesk. Silent install for IT departments:
;   DigiDesk-Setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; and for all users of a machine, from an elevated prompt, add /ALLUSERS.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DigiDesk"
#define AppExe "digidesk.exe"

[Setup]
AppId={{7C1D4B8E-2F4A-4E8B-9C55-6B1E0D7A2F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=DigiDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=DigiDesk-Setup-{#AppVersion}
SetupIconFile=..\..\build\icons\digidesk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\DigiDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\build\icons\digidesk-document.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .digidesk file association, per user (HKA = HKCU without admin rights, HKLM with).
Root: HKA; Subkey: "Software\Classes\.digidesk"; ValueType: string; ValueName: ""; ValueData: "DigiDesk.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\DigiDesk.Workspace"; ValueType: string; ValueName: ""; ValueData: "DigiDesk workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\DigiDesk.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\digidesk-document.ico"
Root: HKA; Subkey: "Software\Classes\DigiDesk.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
