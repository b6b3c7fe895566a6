; Inno Setup script for Desk on Windows: a per-user install that needs no administrator.
; Built by .github/workflows/release.yml after PyInstaller, from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\desk.iss
; Input: dist\desk\ (desk.exe, desk-console.exe, _internal\) and build\icons\desk.ico.
; Output: dist\Desk-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\desk.iss
#endif

[Setup]
; A fixed AppId keeps upgrades and the uninstaller entry together across versions.
AppId={{6A0F3C52-8D1E-4B7A-9C35-2E4D1B7F9A10}
AppName=Desk
AppVersion={#AppVersion}
AppVerName=Desk {#AppVersion}
AppPublisher=Desk
; Per user: installs under %LOCALAPPDATA%\Programs\Desk without an elevation prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Desk
DefaultGroupName=Desk
DisableProgramGroupPage=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Desk-{#AppVersion}-setup
SetupIconFile=build\icons\desk.ico
UninstallDisplayIcon={app}\desk.exe
UninstallDisplayName=Desk
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
; English only: Chinese Simplified is an unofficial Inno Setup translation in older releases, not
; shipped with every compiler. Desk itself follows the system language after installation.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Desk"; Filename: "{app}\desk.exe"
Name: "{autoprograms}\Desk (console, for support)"; Filename: "{app}\desk-console.exe"
Name: "{autodesktop}\Desk"; Filename: "{app}\desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\desk.exe"; Description: "{cm:LaunchProgram,Desk}"; Flags: nowait postinstall skipifsilent
