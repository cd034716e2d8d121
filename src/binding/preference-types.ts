/**
 * The enums the common and ShouldProcess parameters are typed with (ActionPreference for
 * -ErrorAction and friends, ConfirmImpact for $ConfirmPreference), registered with the type
 * registry so `-ErrorAction Stop` converts as in pwsh.
 */
import { defineEnum } from '../engine/dotnet/enums.js';

export const actionPreferenceType = defineEnum('System.Management.Automation.ActionPreference', { SilentlyContinue: 0, Stop: 1, Continue: 2, Inquire: 3, Ignore: 4, Suspend: 5, Break: 6 });

export const confirmImpactType = defineEnum('System.Management.Automation.ConfirmImpact', { None: 0, Low: 1, Medium: 2, High: 3 });
