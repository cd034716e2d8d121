/**
 * A realistic PowerShell corpus for the parser benchmark: module-style functions, classes,
 * pipelines, here-strings, hashtables and control flow, generated with varied names so no two
 * copies are identical. Deterministic for a given size.
 */
import { readFileSync } from 'node:fs';

const fixture = readFileSync(new URL('../../test/fixtures/scripts/module-style.ps1', import.meta.url), 'utf8');

const snippets = [
  (n: string, i: number) => `function Get-${n}Report {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string] $ComputerName,
        [ValidateRange(1, 100)] [int] $Top = ${i % 50 + 1},
        [switch] $Detailed
    )
    process {
        $items = Get-CimInstance -ClassName Win32_${n} -ComputerName $ComputerName -ErrorAction SilentlyContinue
        $items | Sort-Object -Property Size -Descending | Select-Object -First $Top | ForEach-Object {
            [pscustomobject]@{
                Computer = $ComputerName
                Name     = $_.Name
                SizeGB   = [math]::Round($_.Size / 1GB, 2)
                Note     = if ($Detailed) { "Detailed: $($_.Description)" } else { $null }
            }
        }
    }
}
`,
  (n: string, i: number) => `$${n}Config = @{
    Name = '${n}'; Enabled = $${i % 2 === 0 ? 'true' : 'false'}; Retries = ${i}
    Paths = @('C:\\\\Data\\\\${n}', "$env:TEMP\\\\${n}")
    Options = [ordered]@{ Timeout = [timespan]::FromSeconds(${i}); Mode = 'Fast' }
}
foreach ($path in $${n}Config.Paths) {
    if (-not (Test-Path -LiteralPath $path)) { New-Item -ItemType Directory -Path $path -Force | Out-Null }
    elseif ((Get-ChildItem $path -Recurse -File | Measure-Object -Sum Length).Sum -gt ${i}MB) { Write-Warning "$path is large" }
}
`,
  (n: string, i: number) => `$message = @"
Report for ${n} (#${i})
Generated: $(Get-Date -Format 'yyyy-MM-dd HH:mm')
Items: $($items.Count)
"@
switch -Regex ($message -split "\`n") {
    '^Report' { Write-Host $_ -ForegroundColor Cyan }
    'Items: (\\d+)' { $count = [int]$Matches[1]; break }
    default { Write-Verbose $_ }
}
for ($j = 0; $j -lt ${i % 7 + 3}; $j++) { $total += $j * ${i} -band 0xFF }
try { $result = Invoke-Command -Session $s -ScriptBlock { param($x) $x * 2 } -ArgumentList ${i} } catch { Write-Error -Message "failed: $_" -ErrorAction Continue }
`,
];

export function makeCorpus(minBytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < minBytes; i++) {
    const name = `Item${i.toString(36)}`;
    const piece = i % 4 === 3 ? fixture.replace(/TestSession/g, `${name}Session`).replace(/SessionInfo/g, `${name}Info`) : snippets[i % 3](name, i);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('\n');
}
