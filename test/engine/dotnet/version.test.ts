/** [version] (System.Version): components, constructors, Parse/TryParse, ToString(fieldCount), CompareTo, with pwsh 7's answers. */
import { test } from 'uvu';
import { scriptCases } from '../runtime/run-script.js';

scriptCases([
  ['$PSVersionTable.PSVersion.Major -ge 7; $PSVersionTable.PSVersion.Minor -ge 0', 'True\nTrue\n'],
  ["$v = [version]'1.2.3'; \"$($v.Major) $($v.Minor) $($v.Build) $($v.Revision) $($v.MajorRevision) $($v.MinorRevision)\"", '1 2 3 -1 -1 -1\n'],
  ["$v = [version]'1.2.3.65539'; $v.MajorRevision; $v.MinorRevision; $v.MinorRevision.GetType().Name", '1\n3\nInt16\n'],
  ["$v = [version]'1.2.3'; $v.ToString(2); $v.ToString(0).Length; $v.ToString(3)", '1.2\n0\n1.2.3\n'],
  ["try { ([version]'1.2.3').ToString(4) } catch { $_.Exception.Message }", 'Exception calling "ToString" with "1" argument(s): "Argument must be between 0 and 3. (Parameter \'fieldCount\')"\n'],
  ["try { ([version]'1.2').ToString(-1) } catch { $_.Exception.Message }", 'Exception calling "ToString" with "1" argument(s): "Argument must be between 0 and 2. (Parameter \'fieldCount\')"\n'],
  ['[version]::new(1, 2, 3, 4).ToString(); [version]::new(5, 6).ToString(); [version]::new("7.8").Minor', '1.2.3.4\n5.6\n8\n'],
  ['try { [version]::new(1, -2) } catch { $_.Exception.Message }', 'Exception calling ".ctor" with "2" argument(s): "Version\'s parameters must be greater than or equal to zero. (Parameter \'minor\')"\n'],
  ["[version]::Parse('10.0.19041').CompareTo([version]'10.0.22000'); ([version]'1.2').CompareTo([version]'1.2.0'); ([version]'2.0').CompareTo($null)", '-1\n-1\n1\n'],
  ["try { ([version]'2.0').CompareTo('2.0') } catch { $_.Exception.Message }", 'Exception calling "CompareTo" with "1" argument(s): "Object must be of type Version."\n'],
  ["try { [version]::Parse('1') } catch { $_.Exception.Message }", 'Exception calling "Parse" with "1" argument(s): "Version string portion was too short or too long. (Parameter \'input\')"\n'],
  ["$r = [version]'9.9'; [version]::TryParse('x.y', [ref]$r); $null -eq $r; [version]::TryParse('3.4.5', [ref]$r); $r.Build", 'False\nTrue\nTrue\n5\n'],
  ['[version]::new() | Format-List', '\nMajor         : 0\nMinor         : 0\nBuild         : -1\nRevision      : -1\nMajorRevision : -1\nMinorRevision : -1\n\n'],
]);

test.run();
