/**
 * The enums the common and ShouldProcess parameters are typed with (ActionPreference for
 * -ErrorAction and friends, ConfirmImpact for $ConfirmPreference), registered with the type
 * registry unless the engine already has them, so `-ErrorAction Stop` converts as in pwsh.
 */
import { defineEnum } from '../engine/dotnet/enums.js';
import { resolveType } from '../engine/types/index.js';

export const actionPreferenceType =
  resolveType('System.Management.Automation.ActionPreference') ??
  defineEnum('System.Management.Automation.ActionPreference', { SilentlyContinue: 0, Stop: 1, Continue: 2, Inquire: 3, Ignore: 4, Suspend: 5, Break: 6 });

export const confirmImpactType =
  resolveType('System.Management.Automation.ConfirmImpact') ?? defineEnum('System.Management.Automation.ConfirmImpact', { None: 0, Low: 1, Medium: 2, High: 3 });
